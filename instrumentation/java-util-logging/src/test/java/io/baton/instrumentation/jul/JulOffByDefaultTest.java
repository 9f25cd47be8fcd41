package io.baton.instrumentation.jul;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.core.api.Tracing;
import io.baton.core.testing.TestAgent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Without the setting, messages are the application's own, span or no span. */
class JulOffByDefaultTest {

  @BeforeAll
  static void installAgentAndConfigureLogging() throws Exception {
    TestAgent.install();
    JulLogFile.configure();
  }

  @Test
  void aLineLoggedInsideASpanIsUnchanged() throws Exception {
    Span span = Tracing.tracer("test").spanBuilder("request").startSpan();
    try (Scope ignored = span.makeCurrent()) {
      Logger.getLogger("jul.test").info("handling");
    } finally {
      span.end();
    }

    assertEquals("INFO handling", JulLogFile.lastLine());
  }
}
