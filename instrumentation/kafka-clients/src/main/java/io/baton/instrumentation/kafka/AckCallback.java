package io.baton.instrumentation.kafka;

import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_DESTINATION_PARTITION_ID;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_KAFKA_OFFSET;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Ends the send span when the broker acknowledges or the send fails, then runs the
 * application's own callback in the context the application called {@code send} in.
 */
final class AckCallback implements Callback {

  private final Span span;
  private final Context caller;
  private final Callback appCallback;
  // send may both report a failure through the callback and throw; the span ends once
  private final AtomicBoolean ended = new AtomicBoolean();

  AckCallback(Span span, Context caller, Callback appCallback) {
    this.span = span;
    this.caller = caller;
    this.appCallback = appCallback;
  }

  @Override
  public void onCompletion(RecordMetadata metadata, Exception exception) {
    if (ended.compareAndSet(false, true)) {
      endSpan(metadata, exception);
    }
    if (appCallback != null) {
      try (Scope ignored = caller.makeCurrent()) {
        appCallback.onCompletion(metadata, exception);
      }
    }
  }

  /** Called when send threw: the application's callback is not ours to run then. */
  void sendThrew(Throwable exception) {
    if (ended.compareAndSet(false, true)) {
      endSpan(null, exception);
    }
  }

  private void endSpan(RecordMetadata metadata, Throwable exception) {
    if (exception != null) {
      SpanErrors.record(span, exception);
    } else if (metadata != null) {
      if (metadata.partition() >= 0) {
        span.setAttribute(MESSAGING_DESTINATION_PARTITION_ID, Integer.toString(metadata.partition()));
      }
      if (metadata.offset() >= 0) {
        span.setAttribute(MESSAGING_KAFKA_OFFSET, metadata.offset());
      }
    }
    span.end();
  }
}
