package io.baton.instrumentation.servlet;

import io.opentelemetry.api.trace.Span;

/**
 * The flavour-neutral half of the async listener: collects what happened (timeout, error) and
 * ends the span at completion, which the servlet spec guarantees follows timeouts and errors.
 */
public final class AsyncOutcome {

  private final Span span;
  private volatile boolean timedOut;
  private volatile Throwable failure;

  public AsyncOutcome(Span span) {
    this.span = span;
  }

  public void timedOut() {
    timedOut = true;
  }

  /**
   * {@code alreadyRecorded} is the exception the outermost exit saw (a container reports the same
   * one again through {@code onError}); it is recorded once.
   */
  public void failed(Throwable error, Object alreadyRecorded) {
    if (error == null) {
      return;
    }
    if (error != alreadyRecorded && failure == null) {
      ServerSpans.recordException(span, error);
    }
    failure = error;
  }

  public void completed(HttpResponseView response, Object alreadyRecorded) {
    Throwable recorded = failure != null ? failure : alreadyRecorded instanceof Throwable ? (Throwable) alreadyRecorded : null;
    ServerSpans.end(span, response, recorded, timedOut);
  }
}
