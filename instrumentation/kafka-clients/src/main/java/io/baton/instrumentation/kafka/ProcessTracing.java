package io.baton.instrumentation.kafka;

import static io.baton.instrumentation.kafka.MessagingAttributes.KAFKA;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_CLIENT_ID;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_CONSUMER_GROUP_NAME;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_DESTINATION_NAME;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_DESTINATION_PARTITION_ID;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_KAFKA_MESSAGE_KEY;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_KAFKA_MESSAGE_TOMBSTONE;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_KAFKA_OFFSET;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_OPERATION_NAME;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_OPERATION_TYPE;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_SYSTEM;
import static io.baton.instrumentation.kafka.MessagingAttributes.PROCESS;

import io.baton.core.api.PrefixedNames;
import io.baton.core.api.Tracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The {@code process {topic}} span of one record: a child of the send span found in the record's
 * headers (a new trace when there is none), linked to the poll that returned it, and current
 * until the application's loop moves on.
 */
final class ProcessTracing {

  private static final PrefixedNames NAMES = new PrefixedNames(PROCESS + " ");

  private ProcessTracing() {}

  static ProcessInProgress start(ConsumerRecord<?, ?> record, PollInfo poll) {
    Context parent = poll.claimExtracted(record);
    if (parent == null) {
      // the root, not the current context: the record's own history decides its trace
      parent = Tracing.propagator().extract(Context.root(), record, RecordHeadersGetter.INSTANCE);
    }
    Span span = spanBuilder(record, poll).setParent(parent).startSpan();
    if (poll.pollSpan().isValid()) {
      span.addLink(poll.pollSpan()); // on the span, not the builder: see SendLinks
    }
    return ProcessInProgress.open(span, parent.with(span).makeCurrent());
  }

  private static SpanBuilder spanBuilder(ConsumerRecord<?, ?> record, PollInfo poll) {
    SpanBuilder span =
        KafkaTracer.get()
            .spanBuilder(NAMES.of(record.topic()))
            .setSpanKind(SpanKind.CONSUMER)
            .setAttribute(MESSAGING_SYSTEM, KAFKA)
            .setAttribute(MESSAGING_OPERATION_TYPE, PROCESS)
            .setAttribute(MESSAGING_OPERATION_NAME, PROCESS)
            .setAttribute(MESSAGING_DESTINATION_NAME, record.topic())
            .setAttribute(MESSAGING_DESTINATION_PARTITION_ID, PartitionIds.of(record.partition()))
            .setAttribute(MESSAGING_KAFKA_OFFSET, record.offset());
    String key = MessageKeys.toAttribute(record.key());
    if (key != null) {
      span.setAttribute(MESSAGING_KAFKA_MESSAGE_KEY, key);
    }
    if (record.value() == null) {
      span.setAttribute(MESSAGING_KAFKA_MESSAGE_TOMBSTONE, true);
    }
    ClientIdentity client = poll.client();
    if (client.groupName() != null) {
      span.setAttribute(MESSAGING_CONSUMER_GROUP_NAME, client.groupName());
    }
    if (client.clientId() != null) {
      span.setAttribute(MESSAGING_CLIENT_ID, client.clientId());
    }
    return span;
  }
}
