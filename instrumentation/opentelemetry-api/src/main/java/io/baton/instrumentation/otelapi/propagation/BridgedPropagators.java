package io.baton.instrumentation.otelapi.propagation;

import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.context.propagation.TextMapPropagator;

/** The agent's configured propagators, for headers the application reads or writes itself. */
public final class BridgedPropagators implements ContextPropagators {

  public static final BridgedPropagators INSTANCE = new BridgedPropagators();

  private BridgedPropagators() {}

  @Override
  public TextMapPropagator getTextMapPropagator() {
    return BridgedTextMapPropagator.INSTANCE;
  }
}
