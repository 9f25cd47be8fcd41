package io.baton.instrumentation.kafka;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * {@code KafkaProducer.send(record, callback)}: starts the PRODUCER span, writes its context into
 * the record headers and swaps in a callback that ends the span on the broker's answer.
 */
public final class ProducerSendAdvice {

  private ProducerSendAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  @Advice.AssignReturned.ToArguments(
      @Advice.AssignReturned.ToArguments.ToArgument(value = 1, typing = Assigner.Typing.DYNAMIC))
  public static Callback enter(
      @Advice.This Object producer,
      @Advice.Argument(0) ProducerRecord<?, ?> record,
      @Advice.Argument(1) Callback callback) {
    // always returns the callback to use: the app's own one when nothing is traced
    return SendTracing.start(producer, record, callback);
  }

  @Advice.OnMethodExit(inline = false, onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.Enter Callback callback, @Advice.Thrown Throwable thrown) {
    if (thrown != null && callback instanceof AckCallback) {
      // send threw instead of reporting through the callback (closed producer, interrupt...)
      ((AckCallback) callback).sendThrew(thrown);
    }
  }
}
