package io.baton.instrumentation.kafka;

import static io.baton.instrumentation.kafka.MessagingAttributes.KAFKA;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_CLIENT_ID;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_DESTINATION_NAME;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_DESTINATION_PARTITION_ID;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_KAFKA_MESSAGE_KEY;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_KAFKA_MESSAGE_TOMBSTONE;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_OPERATION_NAME;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_OPERATION_TYPE;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_SYSTEM;
import static io.baton.instrumentation.kafka.MessagingAttributes.SEND;

import io.baton.core.api.PrefixedNames;
import io.baton.core.log.AgentLog;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Starts the {@code send {topic}} span of one record and hands back the callback that ends it. */
final class SendTracing {

  private static final PrefixedNames NAMES = new PrefixedNames(SEND + " ");

  private SendTracing() {}

  static Callback start(Object producer, ProducerRecord<?, ?> record, Callback appCallback) {
    if (record == null) {
      return appCallback; // send will throw its own NullPointerException
    }
    try {
      Context caller = Context.current();
      Span span = startSpan(producer, record, caller);
      Context sending = caller.with(span);
      ProducerPropagation.inject(sending, record);
      return new AckCallback(span, caller, appCallback);
    } catch (RuntimeException bug) {
      AgentLog.debug("kafka send not traced: " + bug);
      return appCallback;
    }
  }

  private static Span startSpan(Object producer, ProducerRecord<?, ?> record, Context parent) {
    String topic = record.topic();
    SpanBuilder span =
        KafkaTracer.get()
            .spanBuilder(NAMES.of(topic))
            .setSpanKind(SpanKind.PRODUCER)
            .setParent(parent)
            .setAttribute(MESSAGING_SYSTEM, KAFKA)
            .setAttribute(MESSAGING_OPERATION_TYPE, SEND)
            .setAttribute(MESSAGING_OPERATION_NAME, SEND)
            .setAttribute(MESSAGING_DESTINATION_NAME, topic);
    if (record.partition() != null) {
      span.setAttribute(MESSAGING_DESTINATION_PARTITION_ID, PartitionIds.of(record.partition()));
    }
    String key = MessageKeys.toAttribute(record.key());
    if (key != null) {
      span.setAttribute(MESSAGING_KAFKA_MESSAGE_KEY, key);
    }
    if (record.value() == null) {
      span.setAttribute(MESSAGING_KAFKA_MESSAGE_TOMBSTONE, true);
    }
    String clientId = ClientIdentities.of(producer).clientId();
    if (clientId != null) {
      span.setAttribute(MESSAGING_CLIENT_ID, clientId);
    }
    return span.startSpan();
  }
}
