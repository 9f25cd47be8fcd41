package io.baton.instrumentation.kafka;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** {@code ConsumerRecords.records(String topic)}: an iterable whose iterations are traced. */
public final class RecordsOfTopicAdvice {

  private RecordsOfTopicAdvice() {}

  @Advice.OnMethodExit(inline = false, suppress = Throwable.class)
  @Advice.AssignReturned.ToReturned(typing = Assigner.Typing.DYNAMIC)
  public static Iterable<? extends ConsumerRecord<?, ?>> exit(
      @Advice.This ConsumerRecords<?, ?> records, @Advice.Return Iterable<ConsumerRecord<Object, Object>> iterable) {
    PollInfo poll = PolledRecords.of(records);
    return poll == null || iterable == null ? iterable : new TracingIterable<>(iterable, poll);
  }
}
