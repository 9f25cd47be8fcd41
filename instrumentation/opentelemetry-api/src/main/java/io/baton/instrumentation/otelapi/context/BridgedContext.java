package io.baton.instrumentation.otelapi.context;

import io.baton.core.bridge.AgentContexts;
import io.baton.instrumentation.otelapi.trace.Spans;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;

/**
 * The application's view of one agent context. The span and baggage keys of the application's
 * API read and write the agent's span and baggage; any other key is the application's own and
 * lives in {@link ApplicationEntries}, carried inside the agent's context.
 */
public final class BridgedContext implements Context {

  static final BridgedContext ROOT = new BridgedContext(AgentContexts.root());

  private final Object agentContext;

  public BridgedContext(Object agentContext) {
    this.agentContext = agentContext;
  }

  public Object agentContext() {
    return agentContext;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <V> V get(ContextKey<V> key) {
    if (key == ContextKeys.SPAN) {
      return (V) span();
    }
    if (key == ContextKeys.BAGGAGE) {
      return (V) Baggages.toApplication(AgentContexts.baggage(agentContext));
    }
    ApplicationEntries entries = entries();
    return entries == null ? null : entries.get(key);
  }

  @Override
  public <V> Context with(ContextKey<V> key, V value) {
    if (key == ContextKeys.SPAN && value instanceof Span) {
      return withSpan((Span) value);
    }
    if (key == ContextKeys.BAGGAGE && value instanceof Baggage) {
      return new BridgedContext(AgentContexts.withBaggage(agentContext, Baggages.toAgent((Baggage) value)));
    }
    ApplicationEntries entries = entries();
    ApplicationEntries updated = (entries == null ? ApplicationEntries.EMPTY : entries).with(key, value);
    return new BridgedContext(AgentContexts.withApplicationEntries(agentContext, updated));
  }

  /** The application gets back the very span object it stored, as long as no agent span replaced it. */
  private Span span() {
    Object agentSpan = AgentContexts.span(agentContext);
    if (agentSpan == null) {
      return null;
    }
    ApplicationEntries entries = entries();
    Span stored = entries == null ? null : entries.applicationSpanFor(agentSpan);
    return stored != null ? stored : Spans.toApplication(agentSpan);
  }

  private Context withSpan(Span span) {
    Object agentSpan = Spans.toAgent(span);
    ApplicationEntries entries = entries();
    ApplicationEntries remembering = (entries == null ? ApplicationEntries.EMPTY : entries).rememberingSpan(span, agentSpan);
    Object withSpan = AgentContexts.withSpan(agentContext, agentSpan);
    return new BridgedContext(AgentContexts.withApplicationEntries(withSpan, remembering));
  }

  private ApplicationEntries entries() {
    Object entries = AgentContexts.applicationEntries(agentContext);
    // another application loader's entries (a second copy of the API) are not ours to read
    return entries instanceof ApplicationEntries ? (ApplicationEntries) entries : null;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BridgedContext && ((BridgedContext) other).agentContext.equals(agentContext);
  }

  @Override
  public int hashCode() {
    return agentContext.hashCode();
  }

  @Override
  public String toString() {
    return "BridgedContext{" + agentContext + "}";
  }
}
