package io.baton.core.sdk;

import io.opentelemetry.sdk.common.CompletableResultCode;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * An OTLP sender built when the first batch is sent, not when the SDK is built. Both senders
 * initialise TLS up front even for a plain-text endpoint: the JDK {@code HttpClient} asks for the
 * default {@code SSLContext}, OkHttp loads the platform's trust store. Measured on an idle
 * application, the http/protobuf exporter added 0.7 s of CPU to the agent's start (1.68 s without
 * an exporter, 2.38 s with it), all of it before the application had produced a single span. Now
 * that cost lands on the export thread, seconds later.
 */
final class BuiltOnFirstUse<S> {

  private final Supplier<S> factory;
  private final Function<S, CompletableResultCode> closer;
  private S sender;
  private RuntimeException creationFailure;
  private boolean shutDown;

  BuiltOnFirstUse(Supplier<S> factory, Function<S, CompletableResultCode> closer) {
    this.factory = factory;
    this.closer = closer;
  }

  /** Runs {@code send} with the sender, or hands {@code onError} the reason there is none. */
  void send(Consumer<S> send, Consumer<Throwable> onError) {
    S target;
    try {
      target = get();
    } catch (RuntimeException failed) {
      onError.accept(failed);
      return;
    }
    send.accept(target);
  }

  /** Built once; a sender that cannot be built fails every send the same way, without retrying. */
  private synchronized S get() {
    if (sender == null && creationFailure == null) {
      if (shutDown) {
        throw new IllegalStateException("the exporter is shut down");
      }
      try {
        sender = factory.get();
      } catch (RuntimeException failed) {
        creationFailure = failed;
      }
    }
    if (creationFailure != null) {
      throw creationFailure;
    }
    return sender;
  }

  synchronized CompletableResultCode shutdown() {
    shutDown = true;
    // never sent anything: nothing to close, and no reason to build a client just to close it
    return sender == null ? CompletableResultCode.ofSuccess() : closer.apply(sender);
  }
}
