package io.baton.instrumentation.otelapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.core.testing.TestAgent;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Spans the application makes with GlobalOpenTelemetry reach the agent's SDK with everything it set. */
class ApplicationSpansTest {

  @BeforeAll
  static void installAgent() {
    TestAgent.install();
  }

  @BeforeEach
  void clearSpans() {
    TestAgent.reset();
  }

  @Test
  void globalOpenTelemetryIsTheAgentsPipeline() {
    assertEquals("BatonAgentOpenTelemetry", GlobalOpenTelemetry.get().toString());
    assertEquals("BatonAgentOpenTelemetry", NewerApi.call(GlobalOpenTelemetry.class, null, "getOrNoop").toString());
    assertEquals(true, NewerApi.call(GlobalOpenTelemetry.class, null, "isSet"));
  }

  @Test
  void spanCarriesEverythingTheApplicationSet() {
    Tracer tracer = GlobalOpenTelemetry.getTracer("order-service", "2.1.0");
    Span span = tracer.spanBuilder("check_inventory")
        .setSpanKind(SpanKind.CLIENT)
        .setAttribute("item.sku", "ABC-1")
        .setAttribute("item.count", 3L)
        .setAttribute("item.weight", 1.5)
        .setAttribute("item.fragile", true)
        .setAttribute(AttributeKey.stringArrayKey("item.tags"), List.of("a", "b"))
        .setStartTimestamp(1_000_000_000L, TimeUnit.MILLISECONDS)
        .startSpan();
    span.setAttribute("stock.level", 42L)
        .setAttribute(AttributeKey.longArrayKey("stock.bins"), List.of(1L, 2L))
        .setAttribute(AttributeKey.booleanArrayKey("stock.flags"), List.of(true, false))
        .setAttribute(AttributeKey.doubleArrayKey("stock.ratios"), List.of(0.5))
        .addEvent("reserved", Attributes.of(AttributeKey.longKey("reserved.count"), 3L))
        .addEvent("timed", Attributes.empty(), 1_000_000_500L, TimeUnit.MILLISECONDS)
        .updateName("check_inventory_v2")
        .setStatus(StatusCode.ERROR, "out of stock");
    span.recordException(new IllegalStateException("no stock"), Attributes.of(AttributeKey.stringKey("extra"), "x"));
    assertTrue(span.isRecording());
    span.end(1_000_001_000L, TimeUnit.MILLISECONDS);
    assertFalse(span.isRecording());

    SpanData data = TestAgent.awaitSpans(1, Duration.ofSeconds(5)).get(0);
    assertEquals("check_inventory_v2", data.getName());
    assertEquals(io.opentelemetry.api.trace.SpanKind.CLIENT, data.getKind());
    assertEquals("order-service", data.getInstrumentationScopeInfo().getName());
    assertEquals("2.1.0", data.getInstrumentationScopeInfo().getVersion());
    assertEquals("ABC-1", data.getAttributes().get(AttributeKey.stringKey("item.sku")));
    assertEquals(3L, data.getAttributes().get(AttributeKey.longKey("item.count")));
    assertEquals(1.5, data.getAttributes().get(AttributeKey.doubleKey("item.weight")));
    assertEquals(true, data.getAttributes().get(AttributeKey.booleanKey("item.fragile")));
    assertEquals(List.of("a", "b"), data.getAttributes().get(AttributeKey.stringArrayKey("item.tags")));
    assertEquals(42L, data.getAttributes().get(AttributeKey.longKey("stock.level")));
    assertEquals(List.of(1L, 2L), data.getAttributes().get(AttributeKey.longArrayKey("stock.bins")));
    assertEquals(List.of(true, false), data.getAttributes().get(AttributeKey.booleanArrayKey("stock.flags")));
    assertEquals(List.of(0.5), data.getAttributes().get(AttributeKey.doubleArrayKey("stock.ratios")));
    assertEquals(1_000_000_000_000_000L, data.getStartEpochNanos());
    assertEquals(1_000_001_000_000_000L, data.getEndEpochNanos());
    assertEquals(StatusCode.ERROR, data.getStatus().getStatusCode());
    assertEquals("out of stock", data.getStatus().getDescription());

    List<EventData> events = data.getEvents();
    assertEquals(List.of("reserved", "timed", "exception"), events.stream().map(EventData::getName).toList());
    assertEquals(3L, events.get(0).getAttributes().get(AttributeKey.longKey("reserved.count")));
    assertEquals(1_000_000_500_000_000L, events.get(1).getEpochNanos());
    assertEquals("java.lang.IllegalStateException", events.get(2).getAttributes().get(AttributeKey.stringKey("exception.type")));
    assertEquals("no stock", events.get(2).getAttributes().get(AttributeKey.stringKey("exception.message")));
    assertEquals("x", events.get(2).getAttributes().get(AttributeKey.stringKey("extra")));
  }

  @Test
  void spanContextShowsTheAgentSpansIds() {
    Span span = GlobalOpenTelemetry.getTracer("order-service").spanBuilder("process_order").startSpan();
    SpanContext context = span.getSpanContext();
    span.end();

    SpanData data = TestAgent.awaitSpans(1, Duration.ofSeconds(5)).get(0);
    assertEquals(data.getTraceId(), context.getTraceId());
    assertEquals(data.getSpanId(), context.getSpanId());
    // all flags, including W3C level 2's "random" bit the agent's SDK sets
    assertEquals(data.getSpanContext().getTraceFlags(), context.getTraceFlags());
    assertTrue(context.isSampled());
    assertFalse(context.isRemote());
  }

  @Test
  void linksKeepTheirIdsTraceStateAndAttributes() {
    SpanContext linked = SpanContext.createFromRemoteParent(
        "0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331", TraceFlags.getSampled(),
        TraceState.builder().put("congo", "t61rcWkgMzE").put("rojo", "00f067aa0ba902b7").build());
    Span span = GlobalOpenTelemetry.getTracer("order-service").spanBuilder("batch")
        .addLink(linked, Attributes.of(AttributeKey.stringKey("why"), "batched"))
        .startSpan();
    NewerApi.call(Span.class, span, "addLink", SpanContext.create("0af7651916cd43dd8448eb211c80319d", "b7ad6b7169203332", TraceFlags.getDefault(), TraceState.getDefault()));
    span.end();

    SpanData data = TestAgent.awaitSpans(1, Duration.ofSeconds(5)).get(0);
    assertEquals(2, data.getLinks().size());
    SpanContext first = data.getLinks().get(0).getSpanContext();
    assertEquals("0af7651916cd43dd8448eb211c80319c", first.getTraceId());
    assertEquals("b7ad6b7169203331", first.getSpanId());
    assertEquals(linked.getTraceState().asMap(), first.getTraceState().asMap());
    assertEquals(List.of("rojo", "congo"), keysInOrder(first.getTraceState()));
    assertEquals("batched", data.getLinks().get(0).getAttributes().get(AttributeKey.stringKey("why")));
    assertEquals("b7ad6b7169203332", data.getLinks().get(1).getSpanContext().getSpanId());
  }

  @Test
  void explicitParentAndNoParentAreHonoured() {
    Tracer tracer = GlobalOpenTelemetry.getTracer("order-service");
    Span parent = tracer.spanBuilder("parent").startSpan();
    Span child;
    Span orphan;
    try (var ignored = parent.makeCurrent()) {
      child = tracer.spanBuilder("child").setParent(io.opentelemetry.context.Context.current()).startSpan();
      orphan = tracer.spanBuilder("orphan").setNoParent().startSpan();
    }
    child.end();
    orphan.end();
    parent.end();

    List<SpanData> spans = TestAgent.awaitSpans(3, Duration.ofSeconds(5));
    SpanData parentData = named(spans, "parent");
    assertEquals(parentData.getSpanId(), named(spans, "child").getParentSpanId());
    assertEquals(parentData.getTraceId(), named(spans, "child").getTraceId());
    assertFalse(named(spans, "orphan").getParentSpanContext().isValid());
    assertNotSame(parentData.getTraceId(), named(spans, "orphan").getTraceId());
  }

  private static List<String> keysInOrder(TraceState state) {
    List<String> keys = new java.util.ArrayList<>();
    state.forEach((k, v) -> keys.add(k));
    return keys;
  }

  static SpanData named(List<SpanData> spans, String name) {
    return spans.stream().filter(s -> s.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no span " + name + " in " + spans));
  }
}
