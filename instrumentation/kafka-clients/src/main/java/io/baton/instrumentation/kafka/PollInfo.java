package io.baton.instrumentation.kafka;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import java.util.Map;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * What a poll hands to the process spans of its records: the poll span to link, the client, and
 * the contexts the poll already extracted from the records' headers.
 *
 * <p>The contexts are dropped once each has been claimed. {@link PolledRecords} keeps this object
 * until a GC has cleared its batch, so everything it holds is copied by that GC: with the records
 * held here too, every young GC of the benchmark app copied each record polled since the previous
 * one, with its headers and context (about 3 MB of objects surviving one collection, every time).
 */
final class PollInfo {

  private static final AtomicIntegerFieldUpdater<PollInfo> UNCLAIMED =
      AtomicIntegerFieldUpdater.newUpdater(PollInfo.class, "unclaimed");

  private final SpanContext pollSpan;
  private final ClientIdentity client;
  /**
   * Null when no record had headers, and once every context was claimed. Never changed, only
   * dropped: records may be iterated on any thread.
   */
  private volatile Map<ConsumerRecord<?, ?>, Context> extracted;
  private volatile int unclaimed;

  PollInfo(SpanContext pollSpan, ClientIdentity client, Map<ConsumerRecord<?, ?>, Context> extracted) {
    this.pollSpan = pollSpan;
    this.client = client;
    this.extracted = extracted;
    this.unclaimed = extracted == null ? 0 : extracted.size();
  }

  SpanContext pollSpan() {
    return pollSpan;
  }

  ClientIdentity client() {
    return client;
  }

  /**
   * The context extracted from this record's headers at poll time, or null if the poll did not
   * extract one or all of them were claimed already; the caller then reads the headers itself.
   * An application that iterates its records twice gets the second pass's parents that way.
   */
  Context claimExtracted(ConsumerRecord<?, ?> record) {
    Map<ConsumerRecord<?, ?>, Context> contexts = extracted;
    if (contexts == null) {
      return null;
    }
    Context context = contexts.get(record);
    if (context != null && UNCLAIMED.decrementAndGet(this) == 0) {
      extracted = null;
    }
    return context;
  }

  /** Whether the extracted contexts are still held: for tests. */
  boolean holdsExtracted() {
    return extracted != null;
  }
}
