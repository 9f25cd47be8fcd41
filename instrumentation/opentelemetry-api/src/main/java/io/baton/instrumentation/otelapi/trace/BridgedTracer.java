package io.baton.instrumentation.otelapi.trace;

import io.baton.core.bridge.AgentTracers;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.Tracer;

/** An agent tracer, under the application's instrumentation scope name, as the application's {@link Tracer}. */
final class BridgedTracer implements Tracer {

  private final Object agentTracer;

  BridgedTracer(Object agentTracer) {
    this.agentTracer = agentTracer;
  }

  @Override
  public SpanBuilder spanBuilder(String spanName) {
    return new BridgedSpanBuilder(AgentTracers.spanBuilder(agentTracer, spanName));
  }
}
