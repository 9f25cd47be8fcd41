package io.baton.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Objects;

/** Fluent checks on one received span; obtained from {@link TraceAssert#span(String)}. */
public final class SpanAssert {

  private final ReceivedSpan span;
  private final TraceAssert trace;

  SpanAssert(ReceivedSpan span, TraceAssert trace) {
    this.span = span;
    this.trace = trace;
  }

  public ReceivedSpan actual() {
    return span;
  }

  public SpanAssert hasKind(ReceivedSpan.Kind expected) {
    assertEquals(expected, span.kind(), () -> "kind of " + span);
    return this;
  }

  public SpanAssert hasStatus(ReceivedSpan.StatusCode expected) {
    assertEquals(expected, span.status().code(), () -> "status of " + span);
    return this;
  }

  /**
   * Integral expectations match the {@code Long} OTLP carries and floats the {@code Double}, so
   * {@code hasAttribute("http.response.status_code", 200)} reads naturally.
   */
  public SpanAssert hasAttribute(String key, Object expected) {
    if (!span.attributes().containsKey(key)) {
      fail("attribute '" + key + "' missing on " + span);
    }
    assertEquals(normalize(expected), span.attribute(key), () -> "attribute '" + key + "' of " + span);
    return this;
  }

  public SpanAssert hasNoAttribute(String key) {
    assertTrue(!span.attributes().containsKey(key), () -> "unexpected attribute '" + key + "' on " + span);
    return this;
  }

  public SpanAssert hasResourceAttribute(String key, Object expected) {
    assertEquals(normalize(expected), span.resourceAttribute(key), () -> "resource attribute '" + key + "' of " + span);
    return this;
  }

  public SpanAssert hasScopeName(String expected) {
    assertEquals(expected, span.scopeName(), () -> "instrumentation scope of " + span);
    return this;
  }

  public SpanAssert isRoot() {
    assertTrue(span.isRoot(), () -> "expected a root span: " + span);
    return this;
  }

  /** Direct child: same trace and {@code parentSpanId} is the parent's span id. */
  public SpanAssert isChildOf(String parentName) {
    return isChildOf(trace.span(parentName).actual());
  }

  public SpanAssert isChildOf(ReceivedSpan parent) {
    if (!Objects.equals(span.traceId(), parent.traceId()) || !Objects.equals(span.parentSpanId(), parent.spanId())) {
      fail("expected " + span + "\n  to be a child of " + parent + "\namong: " + trace.describe());
    }
    return this;
  }

  public SpanAssert isInSameTraceAs(String otherName) {
    ReceivedSpan other = trace.span(otherName).actual();
    assertEquals(other.traceId(), span.traceId(), () -> span + " and " + other + " are in different traces");
    return this;
  }

  private static Object normalize(Object expected) {
    if (expected instanceof Integer || expected instanceof Short || expected instanceof Byte) {
      return ((Number) expected).longValue();
    }
    if (expected instanceof Float) {
      return ((Float) expected).doubleValue();
    }
    return expected;
  }
}
