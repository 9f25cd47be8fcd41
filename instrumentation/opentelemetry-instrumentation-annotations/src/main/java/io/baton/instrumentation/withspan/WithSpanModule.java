package io.baton.instrumentation.withspan;

import static net.bytebuddy.matcher.ElementMatchers.declaresMethod;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isAnnotatedWith;
import static net.bytebuddy.matcher.ElementMatchers.isMethod;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;

import io.baton.core.instrumentation.AdviceApplier;
import io.baton.core.instrumentation.InstrumentationModule;
import io.baton.core.instrumentation.TypeHint;
import io.baton.core.instrumentation.TypeInstrumentation;
import java.util.Collections;
import java.util.List;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * A span around every method the application annotated with
 * {@code io.opentelemetry.instrumentation.annotations.WithSpan}. Matching reads only the
 * annotations of declared methods, and only in class loaders that can see the annotation at all.
 *
 * <p>This module's jar goes into the agent unrelocated: {@code io.opentelemetry} in this package
 * means the application's classes. This class loads in the agent loader and names them by string.
 */
public final class WithSpanModule extends InstrumentationModule {

  static final String WITH_SPAN = "io.opentelemetry.instrumentation.annotations.WithSpan";

  public WithSpanModule() {
    super("opentelemetry-instrumentation-annotations");
  }

  @Override
  public List<String> libraryMarkerClasses() {
    return Collections.singletonList(WITH_SPAN);
  }

  @Override
  public List<TypeInstrumentation> typeInstrumentations() {
    return Collections.singletonList(new AnnotatedMethods());
  }

  private static final class AnnotatedMethods implements TypeInstrumentation {
    @Override
    public ElementMatcher<TypeDescription> typeMatcher() {
      return declaresMethod(isAnnotatedWith(named(WITH_SPAN)));
    }

    @Override
    public TypeHint hint() {
      return TypeHint.referencing(WITH_SPAN);
    }

    @Override
    public void applyAdvice(AdviceApplier applier) {
      applier.applyAdvice(
          isMethod().and(not(isAbstract())).and(isAnnotatedWith(named(WITH_SPAN))), WithSpanAdvice.class.getName());
    }
  }
}
