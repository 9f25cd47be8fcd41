package io.baton.core.http;

import io.baton.core.api.BoxedLongs;
import io.baton.core.api.PeerServices;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.semconv.HttpAttributes;
import io.opentelemetry.semconv.ServerAttributes;
import io.opentelemetry.semconv.UrlAttributes;

/**
 * The stable HTTP client attributes known before the request is sent (semconv 1.37.0), set at
 * span start so samplers see them. Takes the URL's parts rather than a URI or URL, so every
 * client library can feed it whatever URL type it has.
 */
public final class ClientRequestAttributes {

  private final String method;
  private final String originalMethod;
  private final String url;
  private final String host;
  private final int port;

  private ClientRequestAttributes(String method, String originalMethod, String url, String host, int port) {
    this.method = method;
    this.originalMethod = originalMethod;
    this.url = url;
    this.host = host;
    this.port = port;
  }

  /** {@code url} null when unknown; {@code port} -1 when the URL has none (the scheme's default is used). */
  public static ClientRequestAttributes of(String requestMethod, String url, String host, int port, String scheme) {
    String method = HttpMethods.normalize(requestMethod);
    return new ClientRequestAttributes(
        method,
        method.equals(requestMethod) ? null : requestMethod,
        url,
        host == null || host.isEmpty() ? null : UrlFull.withoutBrackets(host),
        UrlFull.portOrDefault(port, scheme));
  }

  /** {@code {method}}; semconv names an unknown method's span {@code HTTP}. */
  public String spanName() {
    return originalMethod == null ? method : "HTTP";
  }

  public SpanBuilder applyTo(SpanBuilder builder) {
    builder.setAttribute(HttpAttributes.HTTP_REQUEST_METHOD, method);
    if (originalMethod != null) {
      builder.setAttribute(HttpAttributes.HTTP_REQUEST_METHOD_ORIGINAL, originalMethod);
    }
    if (url == null) {
      return builder;
    }
    builder.setAttribute(UrlAttributes.URL_FULL, UrlFull.sanitize(url));
    if (host != null) {
      builder.setAttribute(ServerAttributes.SERVER_ADDRESS, host);
      if (port > 0) {
        builder.setAttribute(ServerAttributes.SERVER_PORT, BoxedLongs.of(port));
      }
      PeerServices peers = PeerServices.configured();
      if (!peers.isEmpty()) {
        peers.applyTo(builder, host, port, UrlFull.pathOf(url));
      }
    }
    return builder;
  }
}
