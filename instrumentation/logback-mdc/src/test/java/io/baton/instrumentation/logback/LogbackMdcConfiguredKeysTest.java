package io.baton.instrumentation.logback;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.core.api.Tracing;
import io.baton.core.testing.TestAgent;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Runs in its own JVM (see the pom) with the OpenTelemetry agent's settings:
 * otel.instrumentation.common.logging.trace-id=traceId, .span-id=spanId, .trace-flags=traceFlags
 * and otel.instrumentation.logback-mdc.add-baggage=true.
 */
class LogbackMdcConfiguredKeysTest {

  @BeforeAll
  static void installAgent() {
    TestAgent.install();
  }

  @Test
  void theKeyNamesAndBaggageFollowTheSettings() throws Exception {
    Span span = Tracing.tracer("test").spanBuilder("request").startSpan();
    Context context = Context.current().with(span).with(Baggage.builder().put("tenant", "acme").build());
    try (Scope ignored = context.makeCurrent()) {
      LoggerFactory.getLogger("configured").info("handling");
    } finally {
      span.end();
    }

    assertEquals(
        "handling traceId=" + span.getSpanContext().getTraceId() + " spanId=" + span.getSpanContext().getSpanId()
            + " traceFlags=" + span.getSpanContext().getTraceFlags().asHex() + " tenant=acme",
        CapturingAppender.next("CONFIGURED").text());
  }
}
