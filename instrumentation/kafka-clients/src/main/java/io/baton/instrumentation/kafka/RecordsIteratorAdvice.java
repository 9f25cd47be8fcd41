package io.baton.instrumentation.kafka;

import java.util.Iterator;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** {@code ConsumerRecords.iterator()}, behind every for-each over a poll's records. */
public final class RecordsIteratorAdvice {

  private RecordsIteratorAdvice() {}

  @Advice.OnMethodExit(inline = false, suppress = Throwable.class)
  @Advice.AssignReturned.ToReturned(typing = Assigner.Typing.DYNAMIC)
  public static Iterator<? extends ConsumerRecord<?, ?>> exit(
      @Advice.This ConsumerRecords<?, ?> records, @Advice.Return Iterator<ConsumerRecord<Object, Object>> iterator) {
    PollInfo poll = PolledRecords.of(records);
    return poll == null || iterator == null ? iterator : new TracingIterator<>(iterator, poll);
  }
}
