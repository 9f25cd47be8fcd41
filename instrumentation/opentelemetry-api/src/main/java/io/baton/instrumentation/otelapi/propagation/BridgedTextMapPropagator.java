package io.baton.instrumentation.otelapi.propagation;

import io.baton.core.bridge.AgentPropagation;
import io.baton.instrumentation.otelapi.context.Contexts;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.Collection;

/**
 * Injects and extracts with the agent's propagator (our W3C trace context and baggage unless
 * configured otherwise), so the application's own headers match the agent's.
 */
final class BridgedTextMapPropagator implements TextMapPropagator {

  static final BridgedTextMapPropagator INSTANCE = new BridgedTextMapPropagator();

  private BridgedTextMapPropagator() {}

  @Override
  public Collection<String> fields() {
    return AgentPropagation.fields();
  }

  @Override
  public <C> void inject(Context context, C carrier, TextMapSetter<C> setter) {
    if (context == null || setter == null) {
      return;
    }
    AgentPropagation.inject(Contexts.toAgent(context), (key, value) -> setter.set(carrier, key, value));
  }

  @Override
  public <C> Context extract(Context context, C carrier, TextMapGetter<C> getter) {
    Context base = context == null ? Context.root() : context;
    if (getter == null) {
      return base;
    }
    Object extracted = AgentPropagation.extract(Contexts.toAgent(base), getter.keys(carrier), key -> getter.get(carrier, key));
    return Contexts.toApplication(extracted);
  }
}
