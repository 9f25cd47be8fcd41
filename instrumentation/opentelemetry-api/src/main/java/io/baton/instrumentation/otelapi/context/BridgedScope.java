package io.baton.instrumentation.otelapi.context;

import io.baton.core.bridge.AgentContexts;
import io.opentelemetry.context.Scope;

/** Closing the application's scope closes the agent's scope behind it. */
final class BridgedScope implements Scope {

  private final Object agentScope;

  BridgedScope(Object agentScope) {
    this.agentScope = agentScope;
  }

  @Override
  public void close() {
    AgentContexts.close(agentScope);
  }
}
