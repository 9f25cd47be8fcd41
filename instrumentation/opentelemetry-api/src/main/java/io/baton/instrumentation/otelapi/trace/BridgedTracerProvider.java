package io.baton.instrumentation.otelapi.trace;

import io.baton.core.bridge.AgentTracers;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerBuilder;
import io.opentelemetry.api.trace.TracerProvider;

/** Tracers of the agent's SDK, named by the application. */
final class BridgedTracerProvider implements TracerProvider {

  static final BridgedTracerProvider INSTANCE = new BridgedTracerProvider();

  private BridgedTracerProvider() {}

  @Override
  public Tracer get(String instrumentationScopeName) {
    return new BridgedTracer(AgentTracers.tracer(instrumentationScopeName, null, null));
  }

  @Override
  public Tracer get(String instrumentationScopeName, String instrumentationScopeVersion) {
    return new BridgedTracer(AgentTracers.tracer(instrumentationScopeName, instrumentationScopeVersion, null));
  }

  @Override
  public TracerBuilder tracerBuilder(String instrumentationScopeName) {
    return new BridgedTracerBuilder(instrumentationScopeName);
  }
}
