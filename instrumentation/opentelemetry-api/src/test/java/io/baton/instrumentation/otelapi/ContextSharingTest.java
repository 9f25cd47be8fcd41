package io.baton.instrumentation.otelapi;

import static io.baton.instrumentation.otelapi.ApplicationSpansTest.named;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.core.api.Tracing;
import io.baton.core.testing.TestAgent;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Application spans and the agent's instrumentation spans parent each other, both ways. (In this
 * JVM the application's API is the agent's; the bridged storage used under the real jar is
 * covered by {@code context.BridgedContextTest} and the smoke test.)
 */
class ContextSharingTest {

  /** What an instrumentation's helper uses. */
  private static final io.opentelemetry.api.trace.Tracer AGENT = Tracing.tracer("jdbc");

  @BeforeAll
  static void installAgent() {
    TestAgent.install();
  }

  @BeforeEach
  void clearSpans() {
    TestAgent.reset();
  }

  @Test
  void agentSpanMadeInsideAnApplicationSpanIsItsChild() {
    Tracer tracer = GlobalOpenTelemetry.getTracer("order-service");
    Span applicationSpan = tracer.spanBuilder("check_inventory").startSpan();
    try (Scope ignored = applicationSpan.makeCurrent()) {
      AGENT.spanBuilder("SELECT inventory").startSpan().end();
    }
    applicationSpan.end();

    List<SpanData> spans = TestAgent.awaitSpans(2, Duration.ofSeconds(5));
    assertEquals(named(spans, "check_inventory").getSpanId(), named(spans, "SELECT inventory").getParentSpanId());
    assertEquals(named(spans, "check_inventory").getTraceId(), named(spans, "SELECT inventory").getTraceId());
  }

  @Test
  void applicationSpanMadeInsideAnAgentSpanIsItsChild() {
    io.opentelemetry.api.trace.Span server = AGENT.spanBuilder("GET /orders").startSpan();
    try (Scope ignored = server.makeCurrent()) {
      assertEquals(server.getSpanContext().getSpanId(), Span.current().getSpanContext().getSpanId());
      GlobalOpenTelemetry.getTracer("order-service").spanBuilder("process_order").startSpan().end();
    }
    server.end();

    List<SpanData> spans = TestAgent.awaitSpans(2, Duration.ofSeconds(5));
    assertEquals(named(spans, "GET /orders").getSpanId(), named(spans, "process_order").getParentSpanId());
  }
}
