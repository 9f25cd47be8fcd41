package io.baton.instrumentation.otelapi;

import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.baton.core.instrumentation.AdviceApplier;
import io.baton.core.instrumentation.TypeHint;
import io.baton.core.instrumentation.TypeInstrumentation;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * {@code LazyStorage.get()} is where every {@code Context.current()}, {@code Context.root()} and
 * {@code makeCurrent()} of the API (1.0 to today) finds its storage. Its result is replaced, so
 * the storage the API initialised for itself is never used. {@code ContextStorage.get()} would do
 * as well; this package-private method is the one the API keeps stable for agents.
 */
final class ContextStorageInstrumentation implements TypeInstrumentation {

  @Override
  public TypeHint hint() {
    return TypeHint.named("io.opentelemetry.context.LazyStorage");
  }

  @Override
  public void applyAdvice(AdviceApplier applier) {
    applier.applyAdvice(named("get").and(isStatic()).and(takesArguments(0)), LazyStorageAdvice.class.getName());
  }
}
