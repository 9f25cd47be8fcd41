package io.baton.instrumentation.kafka;

import java.util.List;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/** {@code ConsumerRecords.records(TopicPartition)}: a list whose iteration is traced. */
public final class RecordsOfPartitionAdvice {

  private RecordsOfPartitionAdvice() {}

  @Advice.OnMethodExit(inline = false, suppress = Throwable.class)
  @Advice.AssignReturned.ToReturned(typing = Assigner.Typing.DYNAMIC)
  public static List<? extends ConsumerRecord<?, ?>> exit(
      @Advice.This ConsumerRecords<?, ?> records, @Advice.Return List<ConsumerRecord<Object, Object>> list) {
    PollInfo poll = PolledRecords.of(records);
    return poll == null || list == null || list.isEmpty() ? list : new TracingList<>(list, poll);
  }
}
