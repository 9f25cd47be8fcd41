package io.baton.instrumentation.jul;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.baton.core.config.AgentConfig;
import io.baton.core.instrumentation.AdviceApplier;
import io.baton.core.instrumentation.InstrumentationModule;
import io.baton.core.instrumentation.TypeHint;
import io.baton.core.instrumentation.TypeInstrumentation;
import java.util.Collections;
import java.util.List;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * java.util.logging has no MDC, so the ids can only reach a log line through the record itself.
 * When {@value #APPEND_SETTING} is {@code true}, a record logged while a span is current gets
 * {@code " trace_id=… span_id=… trace_flags=…"} appended to its message, on the logging thread,
 * before any handler sees it: every handler and formatter prints it, with no change to the
 * application or its {@code logging.properties}.
 *
 * <p>Off by default because it changes the message text that handlers see; when off, nothing is
 * transformed at all. Why not a Formatter: {@code logging.properties} names handlers and
 * formatters that {@code LogManager} loads from the system class loader, where the agent's
 * classes are deliberately not visible.
 */
public final class JavaUtilLoggingInstrumentationModule extends InstrumentationModule {

  static final String APPEND_SETTING = "baton.instrumentation.java-util-logging.append-trace-context";

  public JavaUtilLoggingInstrumentationModule() {
    super("java-util-logging");
  }

  @Override
  public List<TypeInstrumentation> typeInstrumentations() {
    if (!AgentConfig.get().getBoolean(APPEND_SETTING, false)) {
      return Collections.emptyList();
    }
    return Collections.singletonList(new LoggerInstrumentation());
  }

  /** Every {@code Logger} convenience method ends in {@code log(LogRecord)}. */
  static final class LoggerInstrumentation implements TypeInstrumentation {

    @Override
    public TypeHint hint() {
      return TypeHint.named("java.util.logging.Logger");
    }

    @Override
    public void applyAdvice(AdviceApplier applier) {
      applier.applyAdvice(
          named("log").and(takesArguments(1)).and(takesArgument(0, named("java.util.logging.LogRecord"))),
          LogRecordAdvice.class.getName());
    }
  }
}
