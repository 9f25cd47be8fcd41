package io.baton.instrumentation.log4j;

import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.baton.core.instrumentation.AdviceApplier;
import io.baton.core.instrumentation.InstrumentationModule;
import io.baton.core.instrumentation.TypeHint;
import io.baton.core.instrumentation.TypeInstrumentation;
import java.util.Collections;
import java.util.List;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Log4j 2 (2.7+): every event logged while a span is current has {@code trace_id},
 * {@code span_id} and {@code trace_flags} in its context data, so {@code %X{trace_id}} works.
 *
 * <p>Design: Log4j asks its {@code ContextDataInjector} for an event's context data on the
 * logging thread, whichever way the event is made (plain, reusable/garbage-free, async logger
 * ring buffer); async appenders and async loggers then carry that copy to their own thread.
 * The advice adds the ids to what the built-in injectors return.
 *
 * <p>Why not the alternatives: a {@code ContextDataProvider} must be found by Log4j's
 * ServiceLoader in the application's class loader, where our classes are deliberately absent;
 * wrapping the injector that {@code ContextDataInjectorFactory.createInjector()} returns (as the
 * OpenTelemetry agent does) misses every Log4j class initialised before our background start,
 * since they keep it in static final fields. Advice on the injectors' method is retransformed
 * into already-loaded classes, so a Log4j started early is still covered. The
 * {@code ThreadContext} itself is never written, so nothing can be left behind.
 *
 * <p>Not covered: a custom injector named by {@code log4j2.contextDataInjector}.
 */
public final class Log4jContextDataInstrumentationModule extends InstrumentationModule {

  static final String CONTEXT_DATA_INJECTOR = "org.apache.logging.log4j.core.ContextDataInjector";

  public Log4jContextDataInstrumentationModule() {
    super("log4j-context-data");
  }

  @Override
  public List<String> libraryMarkerClasses() {
    return Collections.singletonList(CONTEXT_DATA_INJECTOR);
  }

  @Override
  public List<TypeInstrumentation> typeInstrumentations() {
    return Collections.singletonList(new InjectorInstrumentation());
  }

  /** The built-in injectors: {@code ThreadContextDataInjector.ForDefaultThreadContextMap} etc. */
  static final class InjectorInstrumentation implements TypeInstrumentation {

    @Override
    public TypeHint hint() {
      return TypeHint.namePrefix("org.apache.logging.log4j.core.impl.ThreadContextDataInjector$");
    }

    @Override
    public void applyAdvice(AdviceApplier applier) {
      applier.applyAdvice(
          named("injectContextData").and(takesArguments(2)).and(not(isAbstract())),
          InjectContextDataAdvice.class.getName());
    }
  }
}
