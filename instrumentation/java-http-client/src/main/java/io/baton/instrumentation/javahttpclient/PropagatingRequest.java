package io.baton.instrumentation.javahttpclient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Optional;

/**
 * The application's request with other headers: everything else is read from the original. The
 * client accepts any {@code HttpRequest} subclass and reads it only through these methods, so a
 * view costs one object and one header map where a rebuilt request copies every header twice.
 */
final class PropagatingRequest extends HttpRequest {

  private final HttpRequest original;
  private final HttpHeaders headers;

  PropagatingRequest(HttpRequest original, HttpHeaders headers) {
    this.original = original;
    this.headers = headers;
  }

  @Override
  public HttpHeaders headers() {
    return headers;
  }

  @Override
  public Optional<BodyPublisher> bodyPublisher() {
    return original.bodyPublisher();
  }

  @Override
  public String method() {
    return original.method();
  }

  @Override
  public Optional<Duration> timeout() {
    return original.timeout();
  }

  @Override
  public boolean expectContinue() {
    return original.expectContinue();
  }

  @Override
  public URI uri() {
    return original.uri();
  }

  @Override
  public Optional<HttpClient.Version> version() {
    return original.version();
  }

  @Override
  public String toString() {
    return original.toString();
  }
}
