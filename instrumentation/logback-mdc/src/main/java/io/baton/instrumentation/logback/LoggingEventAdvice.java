package io.baton.instrumentation.logback;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.LoggingEvent;
import net.bytebuddy.asm.Advice;

/**
 * Runs on the logging thread as the event is born, before any appender (sync or async) sees it.
 * No {@code onThrowable}: Byte Buddy cannot catch around a constructor, and a constructor that
 * throws leaves no event to decorate.
 */
public final class LoggingEventAdvice {

  private LoggingEventAdvice() {}

  @Advice.OnMethodExit(inline = false, suppress = Throwable.class)
  public static void exit(@Advice.This LoggingEvent event, @Advice.Argument(1) Logger logger) {
    EventMdc.addTraceContext(event, logger);
  }
}
