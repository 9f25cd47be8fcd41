package io.baton.instrumentation.otelapi.context;

import io.baton.core.bridge.AgentContexts;
import io.baton.instrumentation.otelapi.ApiMode;
import io.baton.instrumentation.otelapi.trace.Spans;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;

/** Application contexts to agent context handles and back. */
public final class Contexts {

  private Contexts() {}

  public static Object toAgent(Context context) {
    if (context instanceof BridgedContext) {
      return ((BridgedContext) context).agentContext();
    }
    return ApiMode.SHARED ? context : fromForeign(context);
  }

  public static Context toApplication(Object agentContext) {
    return ApiMode.SHARED ? (Context) agentContext : new BridgedContext(agentContext);
  }

  /**
   * A context of another implementation: one the application created before the agent replaced
   * its storage (a {@code Context.root()} kept in a static field), or a custom one. Span and
   * baggage are copied; other keys are looked up in it on demand.
   */
  static Object fromForeign(Context foreign) {
    Object agent = AgentContexts.root();
    ApplicationEntries entries = ApplicationEntries.fallingBackTo(foreign);
    Span span = Span.fromContextOrNull(foreign);
    if (span != null) {
      Object agentSpan = Spans.toAgent(span);
      agent = AgentContexts.withSpan(agent, agentSpan);
      entries = entries.rememberingSpan(span, agentSpan);
    }
    Baggage baggage = Baggage.fromContextOrNull(foreign);
    if (baggage != null) {
      agent = AgentContexts.withBaggage(agent, Baggages.toAgent(baggage));
    }
    return AgentContexts.withApplicationEntries(agent, entries);
  }
}
