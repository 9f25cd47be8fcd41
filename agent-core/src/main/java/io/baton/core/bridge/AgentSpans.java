package io.baton.core.bridge;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import java.util.concurrent.TimeUnit;

/** Operations on agent spans, by handle. */
public final class AgentSpans {

  private AgentSpans() {}

  public static void setAttribute(Object span, String name, AttributeKind kind, Object value) {
    Object typed = value == null || name == null || kind == null ? null : AgentAttributes.value(kind, value);
    if (typed != null) {
      ((Span) span).setAttribute(AgentAttributes.key(name, kind), typed);
    }
  }

  public static void addEvent(Object span, String name, AttributeList attributes) {
    ((Span) span).addEvent(name, AgentAttributes.toAttributes(attributes));
  }

  public static void addEvent(Object span, String name, AttributeList attributes, long epochNanos) {
    ((Span) span).addEvent(name, AgentAttributes.toAttributes(attributes), epochNanos, TimeUnit.NANOSECONDS);
  }

  public static void addLink(Object span, SpanIdentity linked, AttributeList attributes) {
    ((Span) span).addLink(SpanIdentities.toSpanContext(linked), AgentAttributes.toAttributes(attributes));
  }

  /** {@code statusCode} is a {@code StatusCode} name: UNSET, OK or ERROR. */
  public static void setStatus(Object span, String statusCode, String description) {
    for (StatusCode code : StatusCode.values()) {
      if (code.name().equals(statusCode)) {
        ((Span) span).setStatus(code, description == null ? "" : description);
        return;
      }
    }
  }

  public static void recordException(Object span, Throwable exception, AttributeList attributes) {
    ((Span) span).recordException(exception, AgentAttributes.toAttributes(attributes));
  }

  public static void updateName(Object span, String name) {
    ((Span) span).updateName(name);
  }

  public static void end(Object span) {
    ((Span) span).end();
  }

  public static void end(Object span, long epochNanos) {
    ((Span) span).end(epochNanos, TimeUnit.NANOSECONDS);
  }

  public static boolean isRecording(Object span) {
    return ((Span) span).isRecording();
  }

  public static SpanIdentity identity(Object span) {
    return SpanIdentities.of(((Span) span).getSpanContext());
  }

  /** A non-recording agent span standing for a span context made elsewhere (propagated, or another SDK's). */
  public static Object wrap(SpanIdentity identity) {
    return Span.wrap(SpanIdentities.toSpanContext(identity));
  }
}
