package io.baton.instrumentation.jul;

import java.util.logging.LogRecord;
import java.util.logging.Logger;
import net.bytebuddy.asm.Advice;

/** {@code Logger.log(LogRecord)}: on the logging thread, before the record reaches any handler. */
public final class LogRecordAdvice {

  private LogRecordAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  public static void enter(@Advice.This Logger logger, @Advice.Argument(0) LogRecord record) {
    MessageTraceContext.append(logger, record);
  }
}
