package io.baton.instrumentation.log4j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.core.api.Tracing;
import io.baton.core.testing.TestAgent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.apache.logging.log4j.ThreadContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Real Log4j 2, configured by src/test/resources/log4j2-test.xml. Each case runs through a plain
 * logger, an async appender and an async logger (the pom runs the class again with every logger
 * async and the garbage-free ThreadContext map).
 */
class Log4jContextDataTest {

  @BeforeAll
  static void installAgent() {
    TestAgent.install();
  }

  @BeforeEach
  void reset() {
    TestAgent.reset();
    CapturingAppender.clear();
    ThreadContext.clearAll();
  }

  @AfterEach
  void openGate() {
    CapturingAppender.openGate();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"sync, SYNC", "async, BEHIND_ASYNC", "asyncLogger, BEHIND_ASYNC_LOGGER"})
  void aLineLoggedInsideASpanCarriesTheSpansIds(String logger, String appender) throws Exception {
    Span span = Tracing.tracer("test").spanBuilder("request").startSpan();
    try (Scope ignored = span.makeCurrent()) {
      LogManager.getLogger(logger).info("handling");
    } finally {
      span.end();
    }

    SpanData exported = TestAgent.awaitSpans(1, Duration.ofSeconds(5)).get(0);
    assertEquals(
        "INFO handling trace_id=" + exported.getTraceId() + " span_id=" + exported.getSpanId()
            + " trace_flags=" + exported.getSpanContext().getTraceFlags().asHex() + " user=",
        CapturingAppender.next(appender).text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"sync, SYNC", "async, BEHIND_ASYNC", "asyncLogger, BEHIND_ASYNC_LOGGER"})
  void aLineLoggedOutsideAnySpanHasNoIds(String logger, String appender) throws Exception {
    LogManager.getLogger(logger).info("idle");

    assertEquals("INFO idle trace_id= span_id= trace_flags= user=", CapturingAppender.next(appender).text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"async, BEHIND_ASYNC", "asyncLogger, BEHIND_ASYNC_LOGGER"})
  void theIdsAreThoseOfTheLoggingCallNotOfTheFormattingThread(String logger, String appender) throws Exception {
    CountDownLatch gate = CapturingAppender.closeGate();
    Span span = Tracing.tracer("test").spanBuilder("request").startSpan();
    try (Scope ignored = span.makeCurrent()) {
      LogManager.getLogger(logger).info("queued");
    } finally {
      span.end();
    }
    Span other = Tracing.tracer("test").spanBuilder("someone else's").startSpan();
    try (Scope ignored = other.makeCurrent()) {
      gate.countDown(); // the appender thread formats now, while an unrelated span is current here
      CapturingAppender.Line line = CapturingAppender.next(appender);

      assertEquals(
          "INFO queued trace_id=" + span.getSpanContext().getTraceId() + " span_id="
              + span.getSpanContext().getSpanId() + " trace_flags=" + span.getSpanContext().getTraceFlags().asHex()
              + " user=",
          line.text());
      assertNotEquals(Thread.currentThread().getName(), line.formattingThread());
    } finally {
      other.end();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"sync, SYNC", "async, BEHIND_ASYNC", "asyncLogger, BEHIND_ASYNC_LOGGER"})
  void theThreadContextIsNeverTouchedAndKeepsTheApplicationsEntries(String logger, String appender)
      throws Exception {
    Span span = Tracing.tracer("test").spanBuilder("request").startSpan();
    try (Scope ignored = span.makeCurrent()) {
      ThreadContext.put("user", "alice");
      LogManager.getLogger(logger).info("handling");
      assertNull(ThreadContext.get("trace_id"), "the ids live in the event, not in the ThreadContext");
    } finally {
      ThreadContext.remove("user");
      span.end();
    }
    assertTrue(ThreadContext.isEmpty());

    String line = CapturingAppender.next(appender).text();
    assertTrue(line.startsWith("INFO handling trace_id=" + span.getSpanContext().getTraceId()), line);
    assertTrue(line.endsWith(" user=alice"), line);

    LogManager.getLogger(logger).info("after the request");
    assertEquals("INFO after the request trace_id= span_id= trace_flags= user=", CapturingAppender.next(appender).text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"sync, SYNC", "asyncLogger, BEHIND_ASYNC_LOGGER"})
  void idsTheApplicationPutInTheThreadContextItselfWin(String logger, String appender) throws Exception {
    Span span = Tracing.tracer("test").spanBuilder("request").startSpan();
    try (Scope ignored = span.makeCurrent()) {
      ThreadContext.put("trace_id", "from-the-app");
      LogManager.getLogger(logger).info("handling");
    } finally {
      ThreadContext.clearAll();
      span.end();
    }

    assertEquals(
        "INFO handling trace_id=from-the-app span_id= trace_flags= user=", CapturingAppender.next(appender).text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"sync, SYNC", "asyncLogger, BEHIND_ASYNC_LOGGER"})
  void consecutiveLinesOfDifferentSpansDoNotShareIds(String logger, String appender) throws Exception {
    Logger log = LogManager.getLogger(logger);
    Span first = Tracing.tracer("test").spanBuilder("first").startSpan();
    try (Scope ignored = first.makeCurrent()) {
      log.info("one");
    } finally {
      first.end();
    }
    log.info("between");
    Span second = Tracing.tracer("test").spanBuilder("second").startSpan();
    try (Scope ignored = second.makeCurrent()) {
      log.info("two");
    } finally {
      second.end();
    }

    assertTrue(CapturingAppender.next(appender).text().contains("span_id=" + first.getSpanContext().getSpanId()));
    assertEquals("INFO between trace_id= span_id= trace_flags= user=", CapturingAppender.next(appender).text());
    assertTrue(CapturingAppender.next(appender).text().contains("span_id=" + second.getSpanContext().getSpanId()));
  }
}
