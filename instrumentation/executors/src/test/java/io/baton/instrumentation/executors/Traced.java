package io.baton.instrumentation.executors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.baton.core.api.Tracing;
import io.baton.core.testing.TestAgent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** The test's vocabulary: a "parent" span around the hand-over, "child" spans inside the task. */
final class Traced {

  private Traced() {}

  interface Body {
    void run() throws Exception;
  }

  /** Runs {@code body} with a current span named "parent", ended afterwards. */
  static void underParent(Body body) throws Exception {
    Span parent = Tracing.tracer("test").spanBuilder("parent").startSpan();
    try (Scope ignored = parent.makeCurrent()) {
      body.run();
    } finally {
      parent.end();
    }
  }

  /** What a task does: a span under whatever context is current on the worker. */
  static void childSpan() {
    Tracing.tracer("test").spanBuilder("child").startSpan().end();
  }

  static String childSpanReturningThread() {
    childSpan();
    return Thread.currentThread().getName();
  }

  static boolean hasCurrentSpan() {
    return Span.current().getSpanContext().isValid();
  }

  /** Waits for the parent and {@code children} child spans; each child must be the parent's. */
  static void assertChildrenOfParent(int children) {
    List<SpanData> spans =
        TestAgent.awaitSpans(
            all -> all.stream().anyMatch(s -> s.getName().equals("parent"))
                && all.stream().filter(s -> s.getName().equals("child")).count() >= children,
            Duration.ofSeconds(10));
    SpanData parent = spans.stream().filter(s -> s.getName().equals("parent")).findFirst().orElseThrow();
    List<SpanData> childSpans = spans.stream().filter(s -> s.getName().equals("child")).collect(Collectors.toList());
    assertEquals(children, childSpans.size(), "child spans: " + childSpans);
    for (SpanData child : childSpans) {
      assertEquals(parent.getTraceId(), child.getTraceId(), "child span in another trace: " + child);
      assertEquals(parent.getSpanId(), child.getParentSpanId(), "child span with the wrong parent: " + child);
    }
    assertFalse(parent.getParentSpanContext().isValid(), "parent is a root span");
  }
}
