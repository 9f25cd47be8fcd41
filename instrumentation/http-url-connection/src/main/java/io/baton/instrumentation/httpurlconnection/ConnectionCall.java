package io.baton.instrumentation.httpurlconnection;

import io.baton.core.api.BoxedLongs;
import io.baton.core.api.Tracing;
import io.baton.core.http.CapturedHeaders;
import io.baton.core.http.ClientRequestAttributes;
import io.baton.core.http.OuterHttpClientSpan;
import io.opentelemetry.api.impl.InstrumentationUtil;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.semconv.ErrorAttributes;
import io.opentelemetry.semconv.HttpAttributes;
import io.opentelemetry.semconv.NetworkAttributes;
import java.net.HttpURLConnection;
import java.util.concurrent.atomic.AtomicBoolean;

/** The span of one connection's request, ended once, by whichever call sees the outcome. */
final class ConnectionCall {

  private static final Tracer TRACER = Tracing.tracer("http-url-connection");

  /** For connections we decided not to trace: remembered so later calls skip them cheaply. */
  static final ConnectionCall UNTRACED = new ConnectionCall(null);

  private final Span span;
  private final AtomicBoolean open;

  private ConnectionCall(Span span) {
    this.span = span;
    this.open = new AtomicBoolean(span != null);
  }

  static ConnectionCall start(HttpURLConnection connection, String calledMethod) {
    Context parent = Context.current();
    if (InstrumentationUtil.shouldSuppressInstrumentation(parent)) {
      return UNTRACED; // the agent's own traffic, or a call the application excluded
    }
    if (OuterHttpClientSpan.isCurrent(parent)) {
      ConnectionHeaders.inject(connection, parent); // the wrapping library's span goes on the wire
      return UNTRACED;
    }
    java.net.URL url = connection.getURL();
    ClientRequestAttributes attributes = url == null
        ? ClientRequestAttributes.of(requestMethod(connection, calledMethod), null, null, -1, null)
        : ClientRequestAttributes.of(
            requestMethod(connection, calledMethod), url.toExternalForm(), url.getHost(), url.getPort(), url.getProtocol());
    SpanBuilder builder =
        attributes.applyTo(TRACER.spanBuilder(attributes.spanName())).setSpanKind(SpanKind.CLIENT).setParent(parent);
    CapturedHeaders captured = CapturedHeaders.client();
    if (captured.capturesRequestHeaders()) {
      captured.captureRequest(connection, ConnectionHeaders::requestValues, builder);
    }
    Span span = builder.startSpan();
    try {
      ConnectionHeaders.inject(connection, parent.with(span));
    } catch (IllegalStateException alreadySent) {
      // a wrapper's inner connection already sent the request (and has its span): this span is
      // dropped unended, so it is never exported
      return UNTRACED;
    }
    return new ConnectionCall(span);
  }

  /** {@code getOutputStream} turns a GET into a POST before sending: report what is sent. */
  private static String requestMethod(HttpURLConnection connection, String calledMethod) {
    String method = connection.getRequestMethod();
    return "GET".equals(method) && "getOutputStream".equals(calledMethod) ? "POST" : method;
  }

  boolean isOpen() {
    return open.get();
  }

  void after(HttpURLConnection connection, String method, int responseCode, Throwable thrown) {
    if (thrown != null) {
      if (responseCode >= 400) {
        // the JDK throws for 4xx/5xx (FileNotFoundException, IOException): a response, not a failure
        endWithResponse(connection, responseCode);
      } else {
        endWithException(thrown);
      }
    } else if (responseCode > 0 && ("getInputStream".equals(method) || "getResponseCode".equals(method))) {
      endWithResponse(connection, responseCode);
    }
  }

  private void endWithResponse(HttpURLConnection connection, int status) {
    if (!open.compareAndSet(true, false)) {
      return;
    }
    span.setAttribute(HttpAttributes.HTTP_RESPONSE_STATUS_CODE, BoxedLongs.of(status));
    String version = StatusLine.protocolVersion(connection.getHeaderField(0));
    if (version != null) {
      span.setAttribute(NetworkAttributes.NETWORK_PROTOCOL_VERSION, version);
    }
    if (status >= 400) {
      span.setAttribute(ErrorAttributes.ERROR_TYPE, Integer.toString(status));
      span.setStatus(StatusCode.ERROR);
    }
    CapturedHeaders captured = CapturedHeaders.client();
    if (captured.capturesResponseHeaders()) {
      captured.captureResponse(connection, ConnectionHeaders::responseValues, span);
    }
    span.end();
  }

  private void endWithException(Throwable thrown) {
    if (!open.compareAndSet(true, false)) {
      return;
    }
    span.setAttribute(ErrorAttributes.ERROR_TYPE, thrown.getClass().getName());
    span.recordException(thrown);
    span.setStatus(StatusCode.ERROR);
    span.end();
  }
}
