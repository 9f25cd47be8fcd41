package io.baton.instrumentation.kafka;

import java.util.Iterator;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Hands out a poll's records one by one, each inside its process span: {@code next()} ends the
 * previous record's span and starts the new one; {@code hasNext() == false} ends the last one.
 */
final class TracingIterator<K, V> implements Iterator<ConsumerRecord<K, V>> {

  private final Iterator<ConsumerRecord<K, V>> records;
  private final PollInfo poll;
  private ProcessInProgress current;

  TracingIterator(Iterator<ConsumerRecord<K, V>> records, PollInfo poll) {
    this.records = records;
    this.poll = poll;
  }

  @Override
  public boolean hasNext() {
    boolean more = records.hasNext();
    if (!more) {
      endCurrent();
    }
    return more;
  }

  @Override
  public ConsumerRecord<K, V> next() {
    endCurrent();
    ConsumerRecord<K, V> record = records.next();
    current = ProcessTracing.start(record, poll);
    return record;
  }

  @Override
  public void remove() {
    records.remove();
  }

  private void endCurrent() {
    if (current != null) {
      ProcessInProgress ending = current;
      current = null;
      ending.end();
    }
  }
}
