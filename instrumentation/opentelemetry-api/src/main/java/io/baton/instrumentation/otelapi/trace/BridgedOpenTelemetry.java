package io.baton.instrumentation.otelapi.trace;

import io.baton.instrumentation.otelapi.propagation.BridgedPropagators;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.TracerProvider;
import io.opentelemetry.context.propagation.ContextPropagators;

/**
 * What {@code GlobalOpenTelemetry.get()} returns while the agent runs: the agent's tracers and
 * propagators. Metrics and logs are not bridged: the API's own defaults (no-op) answer those.
 */
public final class BridgedOpenTelemetry implements OpenTelemetry {

  public static final BridgedOpenTelemetry INSTANCE = new BridgedOpenTelemetry();

  private BridgedOpenTelemetry() {}

  @Override
  public TracerProvider getTracerProvider() {
    return BridgedTracerProvider.INSTANCE;
  }

  @Override
  public ContextPropagators getPropagators() {
    return BridgedPropagators.INSTANCE;
  }

  @Override
  public String toString() {
    return "BatonAgentOpenTelemetry";
  }
}
