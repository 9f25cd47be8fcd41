package io.baton.instrumentation.kafka;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a poll hands to the process spans of its records: the poll span to link, the client, and
 * the contexts the poll already extracted from the records' headers.
 */
final class PollInfo {

  private final SpanContext pollSpan;
  private final ClientIdentity client;
  /** Null when no record had headers. Read-only once built: records may be iterated on any thread. */
  private final Map<ConsumerRecord<?, ?>, Context> extracted;

  PollInfo(SpanContext pollSpan, ClientIdentity client, Map<ConsumerRecord<?, ?>, Context> extracted) {
    this.pollSpan = pollSpan;
    this.client = client;
    this.extracted = extracted;
  }

  SpanContext pollSpan() {
    return pollSpan;
  }

  ClientIdentity client() {
    return client;
  }

  /** The context extracted from this record's headers at poll time, or null if the poll did not. */
  Context extractedFrom(ConsumerRecord<?, ?> record) {
    return extracted == null ? null : extracted.get(record);
  }
}
