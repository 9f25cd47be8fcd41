package io.baton.instrumentation.jul;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.core.api.Tracing;
import io.baton.core.testing.TestAgent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs with baton.instrumentation.java-util-logging.append-trace-context=true (see the pom), an
 * unmodified application and its logging.properties (FileHandler, SimpleFormatter "%4$s %5$s%n").
 */
class JulTraceContextAppendedTest {

  private final Logger logger = Logger.getLogger("jul.test");

  @BeforeAll
  static void installAgentAndConfigureLogging() throws Exception {
    TestAgent.install();
    JulLogFile.configure();
  }

  @BeforeEach
  void reset() {
    TestAgent.reset();
    HandOffHandler.LINES.clear();
  }

  @Test
  void aLineLoggedInsideASpanEndsWithTheSpansIds() throws Exception {
    Span span = Tracing.tracer("test").spanBuilder("request").startSpan();
    try (Scope ignored = span.makeCurrent()) {
      logger.info("handling");
    } finally {
      span.end();
    }

    SpanData exported = TestAgent.awaitSpans(1, Duration.ofSeconds(5)).get(0);
    assertEquals(
        "INFO handling trace_id=" + exported.getTraceId() + " span_id=" + exported.getSpanId()
            + " trace_flags=" + exported.getSpanContext().getTraceFlags().asHex(),
        JulLogFile.lastLine());
  }

  @Test
  void aLineLoggedOutsideAnySpanIsUnchanged() throws Exception {
    logger.info("idle");

    assertEquals("INFO idle", JulLogFile.lastLine());
  }

  @Test
  void parametersAreStillFormatted() throws Exception {
    Span span = Tracing.tracer("test").spanBuilder("request").startSpan();
    try (Scope ignored = span.makeCurrent()) {
      logger.log(Level.WARNING, "order {0} shipped to {1}", new Object[] {42, "Lyon"});
    } finally {
      span.end();
    }

    assertEquals(
        "WARNING order 42 shipped to Lyon trace_id=" + span.getSpanContext().getTraceId() + " span_id="
            + span.getSpanContext().getSpanId() + " trace_flags=" + span.getSpanContext().getTraceFlags().asHex(),
        JulLogFile.lastLine());
  }

  @Test
  void localizedMessagesAreLeftAloneSoTheirLookupStillWorks() throws Exception {
    Logger localized = Logger.getLogger("jul.localized");
    localized.setResourceBundle(ResourceBundle.getBundle("messages", Locale.ROOT));
    Span span = Tracing.tracer("test").spanBuilder("request").startSpan();
    try (Scope ignored = span.makeCurrent()) {
      localized.info("greeting");
    } finally {
      span.end();
    }

    assertEquals("INFO hello from a bundle", JulLogFile.lastLine());
  }

  @Test
  void aHandlerFormattingLaterOnAnotherThreadPrintsTheIdsOfTheLoggingCall() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    HandOffHandler.gate = gate;
    Span span = Tracing.tracer("test").spanBuilder("request").startSpan();
    try (Scope ignored = span.makeCurrent()) {
      Logger.getLogger("handoff").info("queued");
    } finally {
      span.end();
    }
    gate.countDown();

    String line = HandOffHandler.next();
    assertEquals(
        true,
        line.endsWith("queued trace_id=" + span.getSpanContext().getTraceId() + " span_id="
            + span.getSpanContext().getSpanId() + " trace_flags=" + span.getSpanContext().getTraceFlags().asHex()),
        line);
  }
}
