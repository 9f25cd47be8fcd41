package io.baton.instrumentation.logback;

import static net.bytebuddy.matcher.ElementMatchers.isConstructor;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.baton.core.instrumentation.AdviceApplier;
import io.baton.core.instrumentation.InstrumentationModule;
import io.baton.core.instrumentation.TypeHint;
import io.baton.core.instrumentation.TypeInstrumentation;
import java.util.Collections;
import java.util.List;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Logback: every event logged while a span is current shows {@code trace_id}, {@code span_id}
 * and {@code trace_flags} in its MDC view, so {@code %X{trace_id}} works in any pattern.
 *
 * <p>Design: the ids are fixed into the event itself when Logback creates it, on the logging
 * thread. An async appender formats the event later on its own thread and still sees the ids
 * of the logging call. The thread's real MDC is never touched, so nothing can be left behind
 * when a span ends or a thread returns to a pool.
 */
public final class LogbackMdcInstrumentationModule extends InstrumentationModule {

  static final String LOGGING_EVENT = "ch.qos.logback.classic.spi.LoggingEvent";

  public LogbackMdcInstrumentationModule() {
    super("logback-mdc");
  }

  @Override
  public List<String> libraryMarkerClasses() {
    return Collections.singletonList(LOGGING_EVENT);
  }

  @Override
  public List<TypeInstrumentation> typeInstrumentations() {
    return Collections.singletonList(new LoggingEventInstrumentation());
  }

  /** {@code new LoggingEvent(fqcn, logger, level, message, throwable, args)}: how Logback logs. */
  static final class LoggingEventInstrumentation implements TypeInstrumentation {

    @Override
    public TypeHint hint() {
      return TypeHint.named(LOGGING_EVENT);
    }

    @Override
    public void applyAdvice(AdviceApplier applier) {
      applier.applyAdvice(
          isConstructor()
              .and(takesArguments(6))
              .and(takesArgument(1, named("ch.qos.logback.classic.Logger"))),
          LoggingEventAdvice.class.getName());
    }
  }
}
