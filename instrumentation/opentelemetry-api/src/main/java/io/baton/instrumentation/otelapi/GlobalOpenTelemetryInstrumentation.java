package io.baton.instrumentation.otelapi;

import static net.bytebuddy.matcher.ElementMatchers.isStatic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.baton.core.instrumentation.AdviceApplier;
import io.baton.core.instrumentation.TypeHint;
import io.baton.core.instrumentation.TypeInstrumentation;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * {@code GlobalOpenTelemetry}: {@code get()} (through which {@code getTracer},
 * {@code getTracerProvider}, {@code tracerBuilder}, {@code getPropagators} and the meter methods
 * go) and {@code getOrNoop()} (1.57+) return the bridge; {@code set(OpenTelemetry)} is ignored
 * with a warning; {@code isSet()} (1.57+) says true, since the agent's pipeline is installed.
 */
final class GlobalOpenTelemetryInstrumentation implements TypeInstrumentation {

  @Override
  public TypeHint hint() {
    return TypeHint.named("io.opentelemetry.api.GlobalOpenTelemetry");
  }

  @Override
  public void applyAdvice(AdviceApplier applier) {
    applier.applyAdvice(
        namedOneOf("get", "getOrNoop").and(isStatic()).and(takesArguments(0)), GlobalGetAdvice.class.getName());
    applier.applyAdvice(
        named("set").and(isStatic()).and(takesArguments(1))
            .and(takesArgument(0, named("io.opentelemetry.api.OpenTelemetry"))),
        GlobalSetAdvice.class.getName());
    applier.applyAdvice(named("isSet").and(isStatic()).and(takesArguments(0)), GlobalIsSetAdvice.class.getName());
  }
}
