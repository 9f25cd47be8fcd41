package io.baton.instrumentation.servlet;

import io.baton.core.api.BoxedLongs;
import io.baton.core.api.Tracing;
import io.baton.core.http.CapturedHeaders;
import io.baton.core.http.HttpMethods;
import io.baton.core.http.QueryRedaction;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.semconv.ClientAttributes;
import io.opentelemetry.semconv.ErrorAttributes;
import io.opentelemetry.semconv.HttpAttributes;
import io.opentelemetry.semconv.NetworkAttributes;
import io.opentelemetry.semconv.ServerAttributes;
import io.opentelemetry.semconv.UrlAttributes;
import io.opentelemetry.semconv.UserAgentAttributes;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/** Starts and ends the one SERVER span of a request, with the stable HTTP server conventions. */
public final class ServerSpans {

  private static final Tracer TRACER = Tracing.tracer("servlet");

  private ServerSpans() {}

  /**
   * Continues the caller's trace from the request headers. The extraction starts from the root
   * context, not the thread's current one: a request is an entry point, and whatever a pooled
   * thread still carries belongs to someone else.
   */
  static Context start(HttpRequestView request, String route) {
    Context parent = Tracing.propagator().extract(Context.root(), request, RequestHeaderGetter.INSTANCE);
    String method = request.method();
    SpanBuilder builder =
        TRACER.spanBuilder(SpanNames.of(method, route)).setSpanKind(SpanKind.SERVER).setParent(parent);
    if (HttpMethods.isKnown(method)) {
      builder.setAttribute(HttpAttributes.HTTP_REQUEST_METHOD, method);
    } else {
      builder.setAttribute(HttpAttributes.HTTP_REQUEST_METHOD, HttpMethods.OTHER);
      builder.setAttribute(HttpAttributes.HTTP_REQUEST_METHOD_ORIGINAL, method);
    }
    if (route != null) {
      builder.setAttribute(HttpAttributes.HTTP_ROUTE, route);
    }
    builder.setAttribute(UrlAttributes.URL_SCHEME, request.scheme());
    builder.setAttribute(UrlAttributes.URL_PATH, request.requestUri());
    String query = request.queryString();
    if (query != null && !query.isEmpty()) {
      builder.setAttribute(UrlAttributes.URL_QUERY, QueryRedaction.redact(query));
    }
    builder.setAttribute(ServerAttributes.SERVER_ADDRESS, request.serverName());
    if (request.serverPort() > 0) {
      builder.setAttribute(ServerAttributes.SERVER_PORT, BoxedLongs.of(request.serverPort()));
    }
    builder.setAttribute(ClientAttributes.CLIENT_ADDRESS, ClientAddress.of(request));
    builder.setAttribute(NetworkAttributes.NETWORK_PEER_ADDRESS, request.remoteAddr());
    if (request.remotePort() > 0) {
      builder.setAttribute(NetworkAttributes.NETWORK_PEER_PORT, (long) request.remotePort());
    }
    builder.setAttribute(NetworkAttributes.NETWORK_PROTOCOL_VERSION, ProtocolVersion.of(request.protocol()));
    builder.setAttribute(UserAgentAttributes.USER_AGENT_ORIGINAL, request.header("user-agent"));
    CapturedHeaders captured = CapturedHeaders.server();
    if (captured.capturesRequestHeaders()) {
      captured.captureRequest(request, (view, name) -> listOrNull(view.headers(name)), builder);
    }
    return parent.with(builder.startSpan());
  }

  /** The route became known after the span started (Servlet 3.x learns it in the servlet). */
  static void setRoute(Span span, String method, String route) {
    span.setAttribute(HttpAttributes.HTTP_ROUTE, route);
    span.updateName(SpanNames.of(method, route));
  }

  /** An exception seen before the response completed: event, ERROR, {@code error.type}. */
  static void recordException(Span span, Throwable thrown) {
    span.recordException(thrown);
    span.setAttribute(ErrorAttributes.ERROR_TYPE, thrown.getClass().getName());
    span.setStatus(StatusCode.ERROR);
  }

  /**
   * Ends the span once the response is complete. {@code failure} is an exception already recorded
   * with {@link #recordException}; if the response is still open the container will answer 500.
   * 5xx is an error on a server span, 4xx is the client's problem and is not.
   */
  static void end(Span span, HttpResponseView response, Throwable failure, boolean timedOut) {
    int status = response.status();
    if (failure != null && !response.isCommitted() && status < 500) {
      status = 500;
    }
    if (status > 0) {
      span.setAttribute(HttpAttributes.HTTP_RESPONSE_STATUS_CODE, BoxedLongs.of(status));
    }
    if (failure == null) {
      if (timedOut) {
        span.setAttribute(ErrorAttributes.ERROR_TYPE, "timeout");
        span.setStatus(StatusCode.ERROR, "asynchronous request timed out");
      } else if (status >= 500) {
        span.setAttribute(ErrorAttributes.ERROR_TYPE, Integer.toString(status));
        span.setStatus(StatusCode.ERROR);
      }
    }
    CapturedHeaders captured = CapturedHeaders.server();
    if (captured.capturesResponseHeaders()) {
      captured.captureResponse(response, HttpResponseView::headers, span);
    }
    span.end();
  }

  private static List<String> listOrNull(Enumeration<String> values) {
    return values == null ? null : Collections.list(values);
  }
}
