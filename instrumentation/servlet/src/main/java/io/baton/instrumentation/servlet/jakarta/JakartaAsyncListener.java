package io.baton.instrumentation.servlet.jakarta;

import io.baton.instrumentation.servlet.AsyncOutcome;
import io.baton.instrumentation.servlet.RequestAttributes;
import io.opentelemetry.api.trace.Span;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletRequest;

/** Ends an async request's span when the container reports the response complete. */
final class JakartaAsyncListener implements AsyncListener {

  private final AsyncOutcome outcome;

  JakartaAsyncListener(Span span) {
    this.outcome = new AsyncOutcome(span);
  }

  @Override
  public void onComplete(AsyncEvent event) {
    outcome.completed(new JakartaResponseView(event.getSuppliedResponse()), recorded(event));
  }

  @Override
  public void onTimeout(AsyncEvent event) {
    outcome.timedOut();
  }

  @Override
  public void onError(AsyncEvent event) {
    outcome.failed(event.getThrowable(), recorded(event));
  }

  /** A new async cycle (startAsync during a dispatch) drops listeners: stay registered. */
  @Override
  public void onStartAsync(AsyncEvent event) {
    event.getAsyncContext().addListener(this, event.getSuppliedRequest(), event.getSuppliedResponse());
  }

  private static Object recorded(AsyncEvent event) {
    ServletRequest request = event.getSuppliedRequest();
    return request == null ? null : request.getAttribute(RequestAttributes.RECORDED_ERROR);
  }
}
