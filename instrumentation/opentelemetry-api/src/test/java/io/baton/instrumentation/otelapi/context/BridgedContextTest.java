package io.baton.instrumentation.otelapi.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.baton.core.bridge.AgentContexts;
import io.baton.core.testing.TestAgent;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.baggage.BaggageEntryMetadata;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.ContextKey;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bridged context the application sees under the real agent jar, where its API and the
 * agent's are different classes. This JVM has one API for both, so these tests drive the bridge
 * classes directly instead of through the replaced {@code LazyStorage}.
 */
class BridgedContextTest {

  private static final ContextKey<String> TENANT = ContextKey.named("tenant");

  @BeforeAll
  static void installAgent() {
    TestAgent.install();
  }

  @Test
  void spanStoredByTheApplicationIsTheAgentsSpanAndComesBackAsTheSameObject() {
    Span span = GlobalOpenTelemetry.getTracer("app").spanBuilder("work").startSpan();
    Context context = BridgedContextStorage.INSTANCE.root().with(span);

    Object agentContext = ((BridgedContext) context).agentContext();
    assertEquals(span.getSpanContext(), ((Span) AgentContexts.span(agentContext)).getSpanContext());
    assertSame(span, Span.fromContext(context));
    span.end();
  }

  @Test
  void applicationKeysSurviveContextsTheAgentDerives() {
    Context context = BridgedContextStorage.INSTANCE.root().with(TENANT, "acme");
    Object agentChild = AgentContexts.withSpan(
        ((BridgedContext) context).agentContext(),
        Span.wrap(SpanContext.create("0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331", TraceFlags.getSampled(), TraceState.getDefault())));

    Context seenByApplication = new BridgedContext(agentChild);
    assertEquals("acme", seenByApplication.get(TENANT));
    assertEquals("b7ad6b7169203331", Span.fromContext(seenByApplication).getSpanContext().getSpanId());
  }

  @Test
  void baggageIsTheAgentsBaggage() {
    Baggage baggage = Baggage.builder().put("user.id", "42", BaggageEntryMetadata.create("p=1")).build();
    Context context = BridgedContextStorage.INSTANCE.root().with(baggage);

    Baggage agentSide = Baggage.fromContext((Context) ((BridgedContext) context).agentContext());
    assertEquals("42", agentSide.getEntryValue("user.id"));
    assertEquals("p=1", Baggage.fromContext(context).asMap().get("user.id").getMetadata().getValue());
  }

  @Test
  void attachMakesTheAgentsContextCurrentUntilClosed() {
    Span span = GlobalOpenTelemetry.getTracer("app").spanBuilder("work").startSpan();
    Context context = BridgedContextStorage.INSTANCE.root().with(span).with(TENANT, "acme");

    try (Scope ignored = BridgedContextStorage.INSTANCE.attach(context)) {
      // the agent's own view: what its instrumentations parent new spans under
      assertEquals(span.getSpanContext(), ((Span) AgentContexts.span(AgentContexts.current())).getSpanContext());
      Context current = BridgedContextStorage.INSTANCE.current();
      assertSame(span, Span.fromContext(current));
      assertEquals("acme", current.get(TENANT));
    }
    assertNull(AgentContexts.span(AgentContexts.current()));
    span.end();
  }

  @Test
  void foreignContextKeepsSpanBaggageAndOwnKeys() {
    SpanContext remote = SpanContext.createFromRemoteParent(
        "0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331", TraceFlags.getSampled(), TraceState.getDefault());
    Span propagated = Span.wrap(remote);
    Context foreign = new MapContext().with(propagated).with(TENANT, "acme").with(Baggage.builder().put("k", "v").build());

    Context bridged = new BridgedContext(Contexts.fromForeign(foreign));
    assertSame(propagated, Span.fromContext(bridged));
    assertEquals("acme", bridged.get(TENANT));
    assertEquals("v", Baggage.fromContext(bridged).getEntryValue("k"));
  }

  /** A context implementation of the application's own, like one kept from before the agent started. */
  private static final class MapContext implements Context {
    private final java.util.Map<ContextKey<?>, Object> entries;

    MapContext() {
      this(new java.util.HashMap<>());
    }

    private MapContext(java.util.Map<ContextKey<?>, Object> entries) {
      this.entries = entries;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V> V get(ContextKey<V> key) {
      return (V) entries.get(key);
    }

    @Override
    public <V> Context with(ContextKey<V> key, V value) {
      java.util.Map<ContextKey<?>, Object> copy = new java.util.HashMap<>(entries);
      copy.put(key, value);
      return new MapContext(copy);
    }
  }
}
