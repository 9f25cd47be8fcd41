package io.baton.instrumentation.javahttpclient;

import io.baton.core.http.UrlFull;
import io.baton.core.http.HttpMethods;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.semconv.HttpAttributes;
import io.opentelemetry.semconv.ServerAttributes;
import io.opentelemetry.semconv.UrlAttributes;
import java.net.URI;

/**
 * The stable HTTP client attributes known before the request is sent (semconv 1.37.0), set at
 * span start so samplers see them.
 */
final class RequestAttributes {

  private final String method;
  private final String originalMethod;
  private final URI uri;

  private RequestAttributes(String method, String originalMethod, URI uri) {
    this.method = method;
    this.originalMethod = originalMethod;
    this.uri = uri;
  }

  static RequestAttributes of(String requestMethod, URI uri) {
    String method = HttpMethods.normalize(requestMethod);
    return new RequestAttributes(method, method.equals(requestMethod) ? null : requestMethod, uri);
  }

  /** {@code {method}}; semconv names an unknown method's span {@code HTTP}. */
  String spanName() {
    return originalMethod == null ? method : "HTTP";
  }

  SpanBuilder applyTo(SpanBuilder builder) {
    builder.setAttribute(HttpAttributes.HTTP_REQUEST_METHOD, method);
    if (originalMethod != null) {
      builder.setAttribute(HttpAttributes.HTTP_REQUEST_METHOD_ORIGINAL, originalMethod);
    }
    if (uri == null) {
      return builder;
    }
    builder.setAttribute(UrlAttributes.URL_FULL, UrlFull.sanitize(uri.toString()));
    String host = uri.getHost();
    if (host != null) {
      builder.setAttribute(ServerAttributes.SERVER_ADDRESS, UrlFull.withoutBrackets(host));
      int port = UrlFull.portOrDefault(uri.getPort(), uri.getScheme());
      if (port > 0) {
        builder.setAttribute(ServerAttributes.SERVER_PORT, (long) port);
      }
    }
    return builder;
  }
}
