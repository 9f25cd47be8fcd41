package io.baton.instrumentation.kafka;

import net.bytebuddy.asm.Advice;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * {@code KafkaConsumer.poll}: a CLIENT span for polls that returned records. Empty polls, the
 * common case of an idle consumer loop, cost a clock read and nothing else.
 */
public final class ConsumerPollAdvice {

  private ConsumerPollAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  public static long enter() {
    // the application left its previous loop early (break, exception): that record is done now
    ProcessInProgress.endOnThisThread();
    return System.nanoTime();
  }

  @Advice.OnMethodExit(inline = false, onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(
      @Advice.This Object consumer,
      @Advice.Enter long startNanos,
      @Advice.Return ConsumerRecords<?, ?> records) {
    if (records != null && !records.isEmpty()) {
      PollTracing.record(consumer, records, startNanos);
    }
  }
}
