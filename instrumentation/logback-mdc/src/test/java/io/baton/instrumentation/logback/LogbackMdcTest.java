package io.baton.instrumentation.logback;

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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/** Real Logback, configured by src/test/resources/logback-test.xml. */
class LogbackMdcTest {

  private final Logger sync = LoggerFactory.getLogger("sync");
  private final Logger async = LoggerFactory.getLogger("async");

  @BeforeAll
  static void installAgent() {
    TestAgent.install();
  }

  @BeforeEach
  void reset() {
    TestAgent.reset();
    CapturingAppender.clear();
    MDC.clear();
  }

  @AfterEach
  void openGate() {
    CapturingAppender.openGate();
  }

  @Test
  void aLineLoggedInsideASpanCarriesTheSpansIds() throws Exception {
    Span span = Tracing.tracer("test").spanBuilder("request").startSpan();
    try (Scope ignored = span.makeCurrent()) {
      sync.info("handling");
    } finally {
      span.end();
    }

    SpanData exported = TestAgent.awaitSpans(1, Duration.ofSeconds(5)).get(0);
    assertEquals(
        "INFO handling trace_id=" + exported.getTraceId() + " span_id=" + exported.getSpanId()
            + " trace_flags=" + exported.getSpanContext().getTraceFlags().asHex() + " user=",
        CapturingAppender.next("SYNC").text());
  }

  @Test
  void aLineLoggedOutsideAnySpanHasNoIds() throws Exception {
    sync.info("idle");

    assertEquals("INFO idle trace_id= span_id= trace_flags= user=", CapturingAppender.next("SYNC").text());
  }

  @Test
  void theThreadsOwnMdcIsNeverTouched() throws Exception {
    Span span = Tracing.tracer("test").spanBuilder("request").startSpan();
    try (Scope ignored = span.makeCurrent()) {
      sync.info("handling");
      assertNull(MDC.get("trace_id"), "the ids live in the event, not in the thread's MDC");
    } finally {
      span.end();
    }
    assertNull(MDC.getCopyOfContextMap());

    sync.info("after the request");
    assertEquals("INFO after the request trace_id= span_id= trace_flags= user=", lastLine("SYNC"));
  }

  @Test
  void theApplicationsMdcEntriesAreKeptNextToTheIds() throws Exception {
    Span span = Tracing.tracer("test").spanBuilder("request").startSpan();
    try (Scope ignored = span.makeCurrent()) {
      MDC.put("user", "alice");
      sync.info("handling");
    } finally {
      MDC.remove("user");
      span.end();
    }

    String line = CapturingAppender.next("SYNC").text();
    assertTrue(line.startsWith("INFO handling trace_id=" + span.getSpanContext().getTraceId()), line);
    assertTrue(line.endsWith(" user=alice"), line);
  }

  @Test
  void idsTheApplicationPutInTheMdcItselfWin() throws Exception {
    Span span = Tracing.tracer("test").spanBuilder("request").startSpan();
    try (Scope ignored = span.makeCurrent()) {
      MDC.put("trace_id", "from-the-app");
      sync.info("handling");
    } finally {
      MDC.clear();
      span.end();
    }

    assertEquals("INFO handling trace_id=from-the-app span_id= trace_flags= user=", CapturingAppender.next("SYNC").text());
  }

  @Test
  void theFluentApiIsCoveredToo() throws Exception {
    Span span = Tracing.tracer("test").spanBuilder("request").startSpan();
    try (Scope ignored = span.makeCurrent()) {
      sync.atInfo().addKeyValue("order", 42).log("fluent");
    } finally {
      span.end();
    }

    assertTrue(CapturingAppender.next("SYNC").text().contains(" span_id=" + span.getSpanContext().getSpanId()));
  }

  @Test
  void anAsyncAppenderFormatsTheIdsOfTheLoggingCallAfterTheSpanEnded() throws Exception {
    CountDownLatch gate = CapturingAppender.closeGate();
    Span span = Tracing.tracer("test").spanBuilder("request").startSpan();
    try (Scope ignored = span.makeCurrent()) {
      async.info("queued");
    } finally {
      span.end();
    }
    Span other = Tracing.tracer("test").spanBuilder("someone else's").startSpan();
    try (Scope ignored = other.makeCurrent()) {
      gate.countDown(); // the worker formats now, while an unrelated span is current here
      CapturingAppender.Line line = CapturingAppender.next("BEHIND_ASYNC");

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

  @Test
  void anAsyncLineLoggedOutsideAnySpanHasNoIds() throws Exception {
    async.info("idle");

    assertEquals("INFO idle trace_id= span_id= trace_flags= user=", CapturingAppender.next("BEHIND_ASYNC").text());
  }

  @Test
  void anUnsampledSpanGivesItsIdsWithFlags00() throws Exception {
    var unsampled =
        io.opentelemetry.api.trace.SpanContext.create(
            "0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331",
            io.opentelemetry.api.trace.TraceFlags.getDefault(), io.opentelemetry.api.trace.TraceState.getDefault());
    try (Scope ignored = Span.wrap(unsampled).makeCurrent()) {
      sync.info("not sampled");
    }

    assertEquals(
        "INFO not sampled trace_id=0af7651916cd43dd8448eb211c80319c span_id=b7ad6b7169203331 trace_flags=00 user=",
        CapturingAppender.next("SYNC").text());
  }

  private static String lastLine(String appender) throws InterruptedException {
    String last = null;
    CapturingAppender.Line line;
    while ((line = CapturingAppender.lines(appender).poll()) != null) {
      last = line.text();
    }
    return last;
  }
}
