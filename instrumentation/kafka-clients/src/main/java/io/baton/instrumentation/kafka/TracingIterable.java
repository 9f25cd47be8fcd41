package io.baton.instrumentation.kafka;

import java.util.Iterator;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** {@code ConsumerRecords.records(topic)}: every iteration of it is traced. */
final class TracingIterable<K, V> implements Iterable<ConsumerRecord<K, V>> {

  private final Iterable<ConsumerRecord<K, V>> records;
  private final PollInfo poll;

  TracingIterable(Iterable<ConsumerRecord<K, V>> records, PollInfo poll) {
    this.records = records;
    this.poll = poll;
  }

  @Override
  public Iterator<ConsumerRecord<K, V>> iterator() {
    return new TracingIterator<>(records.iterator(), poll);
  }
}
