package io.baton.instrumentation.kafka;

import static io.baton.instrumentation.kafka.MessagingAttributes.KAFKA;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_BATCH_MESSAGE_COUNT;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_CLIENT_ID;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_CONSUMER_GROUP_NAME;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_DESTINATION_NAME;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_DESTINATION_PARTITION_ID;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_OPERATION_NAME;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_OPERATION_TYPE;
import static io.baton.instrumentation.kafka.MessagingAttributes.MESSAGING_SYSTEM;
import static io.baton.instrumentation.kafka.MessagingAttributes.POLL;
import static io.baton.instrumentation.kafka.MessagingAttributes.RECEIVE;

import io.baton.core.api.PrefixedNames;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;

/**
 * The {@code poll {topic}} span of a poll that returned records. It is built after the fact, with
 * the start time taken on entry, so that empty polls never create a span; it then becomes the
 * link of every record's process span.
 */
final class PollTracing {

  private static final PrefixedNames NAMES = new PrefixedNames(POLL + " ");

  private PollTracing() {}

  static void record(Object consumer, ConsumerRecords<?, ?> records, long startNanos) {
    long endEpochNanos = epochNanosNow();
    long startEpochNanos = endEpochNanos - (System.nanoTime() - startNanos);
    ClientIdentity client = ClientIdentities.of(consumer);
    Set<TopicPartition> partitions = records.partitions();
    String topic = singleTopic(partitions);
    int count = records.count();

    SpanBuilder builder =
        KafkaTracer.get()
            .spanBuilder(topic == null ? POLL : NAMES.of(topic))
            .setSpanKind(SpanKind.CLIENT)
            .setParent(Context.current())
            .setStartTimestamp(startEpochNanos, TimeUnit.NANOSECONDS)
            .setAttribute(MESSAGING_SYSTEM, KAFKA)
            .setAttribute(MESSAGING_OPERATION_TYPE, RECEIVE)
            .setAttribute(MESSAGING_OPERATION_NAME, POLL)
            .setAttribute(MESSAGING_BATCH_MESSAGE_COUNT, (long) count);
    if (topic != null) {
      builder.setAttribute(MESSAGING_DESTINATION_NAME, topic);
    }
    if (partitions.size() == 1) {
      builder.setAttribute(
          MESSAGING_DESTINATION_PARTITION_ID, PartitionIds.of(partitions.iterator().next().partition()));
    }
    if (client.groupName() != null) {
      builder.setAttribute(MESSAGING_CONSUMER_GROUP_NAME, client.groupName());
    }
    if (client.clientId() != null) {
      builder.setAttribute(MESSAGING_CLIENT_ID, client.clientId());
    }
    Span span = builder.startSpan();
    Map<ConsumerRecord<?, ?>, Context> parents = SendLinks.addTo(span, records, count);
    span.end(endEpochNanos, TimeUnit.NANOSECONDS);
    PolledRecords.remember(records, new PollInfo(span.getSpanContext(), client, parents));
  }

  /** The destination is named only when every record of the batch comes from it. */
  private static String singleTopic(Set<TopicPartition> partitions) {
    String topic = null;
    for (TopicPartition partition : partitions) {
      if (topic == null) {
        topic = partition.topic();
      } else if (!topic.equals(partition.topic())) {
        return null;
      }
    }
    return topic;
  }

  private static long epochNanosNow() {
    Instant now = Instant.now();
    return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
  }
}
