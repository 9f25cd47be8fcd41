package io.baton.instrumentation.log4j;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.core.api.Tracing;
import io.baton.core.testing.TestAgent;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs in its own JVM (see the pom) with the OpenTelemetry agent's settings:
 * otel.instrumentation.common.logging.trace-id=traceId, .span-id=spanId, .trace-flags=traceFlags
 * and otel.instrumentation.log4j-context-data.add-baggage=true.
 */
class Log4jContextDataConfiguredKeysTest {

  @BeforeAll
  static void installAgent() {
    TestAgent.install();
  }

  @Test
  void theKeyNamesAndBaggageFollowTheSettings() throws Exception {
    Span span = Tracing.tracer("test").spanBuilder("request").startSpan();
    Context context = Context.current().with(span).with(Baggage.builder().put("tenant", "acme").build());
    try (Scope ignored = context.makeCurrent()) {
      LogManager.getLogger("configured").info("handling");
    } finally {
      span.end();
    }

    assertEquals(
        "handling traceId=" + span.getSpanContext().getTraceId() + " spanId=" + span.getSpanContext().getSpanId()
            + " traceFlags=" + span.getSpanContext().getTraceFlags().asHex() + " tenant=acme",
        CapturingAppender.next("CONFIGURED").text());
  }
}
