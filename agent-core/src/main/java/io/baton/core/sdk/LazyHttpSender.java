package io.baton.core.sdk;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.common.export.HttpResponse;
import io.opentelemetry.sdk.common.export.HttpSender;
import io.opentelemetry.sdk.common.export.HttpSenderConfig;
import io.opentelemetry.sdk.common.export.HttpSenderProvider;
import io.opentelemetry.sdk.common.export.MessageWriter;
import java.util.function.Consumer;

/**
 * Creates the real OTLP sender when the first batch is sent, not when the SDK is built. The JDK
 * sender builds an {@code HttpClient}, which initialises the default {@code SSLContext} even for
 * an {@code http://} endpoint: measured on an idle application, the exporter added 0.7 s of CPU to
 * the agent's start (1.68 s without it, 2.38 s with it), all of it before the application had
 * produced a single span. Now that cost lands on the export thread, seconds later.
 */
final class LazyHttpSender implements HttpSender {

  private final HttpSenderProvider provider;
  private final HttpSenderConfig config;
  private HttpSender sender;
  private RuntimeException creationFailure;
  private boolean shutDown;

  LazyHttpSender(HttpSenderProvider provider, HttpSenderConfig config) {
    this.provider = provider;
    this.config = config;
  }

  /** Hands out this sender in place of the ones {@code provider} makes. */
  static HttpSenderProvider deferring(HttpSenderProvider provider) {
    return config -> new LazyHttpSender(provider, config);
  }

  @Override
  public void send(MessageWriter body, Consumer<HttpResponse> onResponse, Consumer<Throwable> onError) {
    HttpSender target;
    try {
      target = sender();
    } catch (RuntimeException failed) {
      onError.accept(failed);
      return;
    }
    target.send(body, onResponse, onError);
  }

  @Override
  public synchronized CompletableResultCode shutdown() {
    shutDown = true;
    // never sent anything: nothing to close, and no reason to build a client just to close it
    return sender == null ? CompletableResultCode.ofSuccess() : sender.shutdown();
  }

  /** Built once; a sender that cannot be built fails every send the same way, without retrying. */
  private synchronized HttpSender sender() {
    if (sender == null && creationFailure == null) {
      if (shutDown) {
        throw new IllegalStateException("the exporter is shut down");
      }
      try {
        sender = provider.createSender(config);
      } catch (RuntimeException failed) {
        creationFailure = failed;
      }
    }
    if (creationFailure != null) {
      throw creationFailure;
    }
    return sender;
  }

  /** What the lazy sender built, for tests. */
  synchronized boolean started() {
    return sender != null;
  }
}
