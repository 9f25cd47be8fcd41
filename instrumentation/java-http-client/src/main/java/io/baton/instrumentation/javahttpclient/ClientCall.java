package io.baton.instrumentation.javahttpclient;

import io.baton.core.api.BoxedLongs;
import io.baton.core.api.Tracing;
import io.baton.core.http.CapturedHeaders;
import io.baton.core.http.ClientRequestAttributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.semconv.ErrorAttributes;
import io.opentelemetry.semconv.HttpAttributes;
import io.opentelemetry.semconv.NetworkAttributes;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * One traced {@code send}/{@code sendAsync}: the CLIENT span, its context, the caller's context,
 * and the scope that keeps the span current while the client method runs.
 */
final class ClientCall {

  private static final Tracer TRACER = Tracing.tracer("java-http-client");

  private final Span span;
  private final Context parent;
  private final Context context;
  private Scope scope;

  private ClientCall(Span span, Context parent) {
    this.span = span;
    this.parent = parent;
    this.context = parent.with(span);
    this.scope = context.makeCurrent();
  }

  static ClientCall start(HttpRequest request, Context parent) {
    java.net.URI uri = request.uri();
    ClientRequestAttributes attributes = uri == null
        ? ClientRequestAttributes.of(request.method(), null, null, -1, null)
        : ClientRequestAttributes.of(request.method(), uri.toString(), uri.getHost(), uri.getPort(), uri.getScheme());
    SpanBuilder builder =
        attributes.applyTo(TRACER.spanBuilder(attributes.spanName())).setSpanKind(SpanKind.CLIENT).setParent(parent);
    CapturedHeaders captured = CapturedHeaders.client();
    if (captured.capturesRequestHeaders()) {
      captured.captureRequest(request, (sent, name) -> sent.headers().allValues(name), builder);
    }
    return new ClientCall(builder.startSpan(), parent);
  }

  Context context() {
    return context;
  }

  /** The application's context when it called the client: where its future callbacks belong. */
  Context parentContext() {
    return parent;
  }

  /** Called on the thread that entered the client method. */
  void leaveScope() {
    if (scope != null) {
      scope.close();
      scope = null;
    }
  }

  void end(HttpResponse<?> response, Throwable thrown) {
    if (response != null) {
      int status = response.statusCode();
      span.setAttribute(HttpAttributes.HTTP_RESPONSE_STATUS_CODE, BoxedLongs.of(status));
      String version = protocolVersion(response.version());
      if (version != null) {
        span.setAttribute(NetworkAttributes.NETWORK_PROTOCOL_VERSION, version);
      }
      if (status >= 400) {
        span.setAttribute(ErrorAttributes.ERROR_TYPE, Integer.toString(status));
        span.setStatus(StatusCode.ERROR);
      }
      CapturedHeaders captured = CapturedHeaders.client();
      if (captured.capturesResponseHeaders()) {
        captured.captureResponse(response, (received, name) -> received.headers().allValues(name), span);
      }
    } else if (thrown != null) {
      Throwable cause = unwrap(thrown);
      span.setAttribute(ErrorAttributes.ERROR_TYPE, cause.getClass().getName());
      span.recordException(cause);
      span.setStatus(StatusCode.ERROR);
    }
    span.end();
  }

  private static String protocolVersion(java.net.http.HttpClient.Version version) {
    if (version == null) {
      return null;
    }
    switch (version.name()) {
      case "HTTP_1_1":
        return "1.1";
      case "HTTP_2":
        return "2";
      case "HTTP_3":
        return "3";
      default:
        return null;
    }
  }

  /** Futures wrap the client's exception; the span records the one that happened. */
  private static Throwable unwrap(Throwable thrown) {
    Throwable current = thrown;
    while ((current instanceof CompletionException || current instanceof ExecutionException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }
}
