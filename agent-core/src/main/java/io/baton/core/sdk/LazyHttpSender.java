package io.baton.core.sdk;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.common.export.HttpResponse;
import io.opentelemetry.sdk.common.export.HttpSender;
import io.opentelemetry.sdk.common.export.HttpSenderConfig;
import io.opentelemetry.sdk.common.export.HttpSenderProvider;
import io.opentelemetry.sdk.common.export.MessageWriter;
import java.util.function.Consumer;

/** The OTLP http/protobuf sender, built at the first export: see {@link BuiltOnFirstUse}. */
final class LazyHttpSender implements HttpSender {

  private final BuiltOnFirstUse<HttpSender> sender;

  LazyHttpSender(HttpSenderProvider provider, HttpSenderConfig config) {
    this.sender = new BuiltOnFirstUse<>(() -> provider.createSender(config), HttpSender::shutdown);
  }

  /** Hands out this sender in place of the ones {@code provider} makes. */
  static HttpSenderProvider deferring(HttpSenderProvider provider) {
    return config -> new LazyHttpSender(provider, config);
  }

  @Override
  public void send(MessageWriter body, Consumer<HttpResponse> onResponse, Consumer<Throwable> onError) {
    sender.send(target -> target.send(body, onResponse, onError), onError);
  }

  @Override
  public CompletableResultCode shutdown() {
    return sender.shutdown();
  }
}
