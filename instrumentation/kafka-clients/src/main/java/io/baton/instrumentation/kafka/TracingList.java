package io.baton.instrumentation.kafka;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * {@code ConsumerRecords.records(partition)}: iterating the list is traced; indexed access is
 * not (there is no "moving on" to end a span at). Read-only, like the list Kafka returns.
 */
final class TracingList<K, V> extends AbstractList<ConsumerRecord<K, V>> implements RandomAccess {

  private final List<ConsumerRecord<K, V>> records;
  private final PollInfo poll;

  TracingList(List<ConsumerRecord<K, V>> records, PollInfo poll) {
    this.records = records;
    this.poll = poll;
  }

  @Override
  public ConsumerRecord<K, V> get(int index) {
    return records.get(index);
  }

  @Override
  public int size() {
    return records.size();
  }

  @Override
  public Iterator<ConsumerRecord<K, V>> iterator() {
    return new TracingIterator<>(records.iterator(), poll);
  }
}
