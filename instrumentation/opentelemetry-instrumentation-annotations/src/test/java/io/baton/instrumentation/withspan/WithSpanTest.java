package io.baton.instrumentation.withspan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.core.testing.TestAgent;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.example.withspan.OrderService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WithSpanTest {

  private final OrderService service = new OrderService();

  @BeforeAll
  static void installAgent() {
    TestAgent.install();
  }

  @BeforeEach
  void clearSpans() {
    TestAgent.reset();
  }

  @Test
  void unnamedSpanIsClassDotMethod() {
    assertEquals("ok", service.defaultName());

    SpanData span = TestAgent.awaitSpans(1, Duration.ofSeconds(5)).get(0);
    assertEquals("OrderService.defaultName", span.getName());
    assertEquals(SpanKind.INTERNAL, span.getKind());
    assertEquals("io.baton.opentelemetry-instrumentation-annotations", span.getInstrumentationScopeInfo().getName());
  }

  @Test
  void nameKindAndSpanAttributesComeFromTheAnnotations() {
    service.processOrder("order-1", 3, 9.5, true, List.of("gift", "fragile"), "ignored");

    List<SpanData> spans = TestAgent.awaitSpans(2, Duration.ofSeconds(5));
    SpanData order = named(spans, "process_order");
    assertEquals(SpanKind.SERVER, order.getKind());
    assertEquals("order-1", order.getAttributes().get(AttributeKey.stringKey("order.id")));
    assertEquals(3L, order.getAttributes().get(AttributeKey.longKey("order.items")));
    assertEquals(9.5, order.getAttributes().get(AttributeKey.doubleKey("order.total")));
    assertEquals(true, order.getAttributes().get(AttributeKey.booleanKey("order.express")));
    assertEquals(List.of("gift", "fragile"), order.getAttributes().get(AttributeKey.stringArrayKey("order.tags")));
    assertEquals(5, order.getAttributes().size());
    // the span is current while the method runs: the nested annotated call is its child
    assertEquals(order.getSpanId(), named(spans, "check_inventory").getParentSpanId());
    assertEquals(order.getTraceId(), named(spans, "check_inventory").getTraceId());
  }

  @Test
  void exceptionEndsTheSpanAsAnErrorAndStillReachesTheCaller() {
    IllegalStateException thrown = assertThrows(IllegalStateException.class, service::failing);
    assertEquals("out of stock", thrown.getMessage());

    SpanData span = TestAgent.awaitSpans(1, Duration.ofSeconds(5)).get(0);
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals("exception", span.getEvents().get(0).getName());
    assertEquals("java.lang.IllegalStateException",
        span.getEvents().get(0).getAttributes().get(AttributeKey.stringKey("exception.type")));
  }

  @Test
  void spanOfAnAsyncMethodEndsWhenItsFutureCompletes() {
    CompletableFuture<String> completion = new CompletableFuture<>();
    CompletableFuture<String> returned = service.reserveAsync(completion);
    assertSame(completion, returned);
    assertTrue(TestAgent.spans().isEmpty(), "the span must stay open until the future completes");

    completion.complete("reserved");

    SpanData span = TestAgent.awaitSpans(1, Duration.ofSeconds(5)).get(0);
    assertEquals("reserve_async", span.getName());
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
  }

  @Test
  void spanOfAFailedFutureIsAnError() {
    CompletableFuture<String> completion = new CompletableFuture<>();
    service.reserveAsync(completion);
    completion.completeExceptionally(new IllegalArgumentException("no slot"));

    SpanData span = TestAgent.awaitSpans(1, Duration.ofSeconds(5)).get(0);
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals("no slot", span.getEvents().get(0).getAttributes().get(AttributeKey.stringKey("exception.message")));
  }

  @Test
  void methodsWithoutTheAnnotationMakeNoSpan() {
    service.notAnnotated();
    service.defaultName();

    List<SpanData> spans = TestAgent.awaitSpans(1, Duration.ofSeconds(5));
    assertEquals(1, spans.size());
    assertFalse(spans.stream().anyMatch(s -> s.getName().contains("notAnnotated")));
  }

  private static SpanData named(List<SpanData> spans, String name) {
    return spans.stream().filter(s -> s.getName().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no span " + name + " in " + spans));
  }
}
