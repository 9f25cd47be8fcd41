package io.baton.core.sdk;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.common.export.GrpcResponse;
import io.opentelemetry.sdk.common.export.GrpcSender;
import io.opentelemetry.sdk.common.export.GrpcSenderConfig;
import io.opentelemetry.sdk.common.export.GrpcSenderProvider;
import io.opentelemetry.sdk.common.export.MessageWriter;
import java.util.function.Consumer;

/** The OTLP gRPC sender, built at the first export: see {@link BuiltOnFirstUse}. */
final class LazyGrpcSender implements GrpcSender {

  private final BuiltOnFirstUse<GrpcSender> sender;

  LazyGrpcSender(GrpcSenderProvider provider, GrpcSenderConfig config) {
    this.sender = new BuiltOnFirstUse<>(() -> provider.createSender(config), GrpcSender::shutdown);
  }

  /** Hands out this sender in place of the ones {@code provider} makes. */
  static GrpcSenderProvider deferring(GrpcSenderProvider provider) {
    return config -> new LazyGrpcSender(provider, config);
  }

  @Override
  public void send(MessageWriter body, Consumer<GrpcResponse> onResponse, Consumer<Throwable> onError) {
    sender.send(target -> target.send(body, onResponse, onError), onError);
  }

  @Override
  public CompletableResultCode shutdown() {
    return sender.shutdown();
  }
}
