package io.baton.instrumentation.kafka;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * Which poll each batch of records came from. Weak keys: a batch lives as long as the
 * application holds it; ConsumerRecords keeps identity equality. Only batches from a traced
 * poll get traced iterators, so records a framework builds by hand are left alone.
 */
final class PolledRecords {

  private static final Map<ConsumerRecords<?, ?>, PollInfo> POLLS = Collections.synchronizedMap(new WeakHashMap<>());

  private PolledRecords() {}

  static void remember(ConsumerRecords<?, ?> records, PollInfo poll) {
    POLLS.put(records, poll);
  }

  static PollInfo of(ConsumerRecords<?, ?> records) {
    return records == null ? null : POLLS.get(records);
  }
}
