package io.baton.core.bridge;

import io.baton.core.api.Tracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import java.util.concurrent.TimeUnit;

/**
 * Tracers and span builders of the agent's SDK, for the application's API and for
 * {@code @WithSpan}. A tracer handle made before the SDK is up (the agent starts in the
 * background) produces no-op spans until it arrives, then the real ones.
 */
public final class AgentTracers {

  private AgentTracers() {}

  /** A tracer for the application's own instrumentation scope; version and schema URL may be null. */
  public static Object tracer(String scopeName, String scopeVersion, String schemaUrl) {
    return new ApplicationTracer(scopeName, scopeVersion, schemaUrl);
  }

  /** A tracer for one of our instrumentations: scope {@code io.baton.<name>}. */
  public static Object instrumentationTracer(String instrumentationName) {
    return Tracing.tracer(instrumentationName);
  }

  public static Object spanBuilder(Object tracer, String spanName) {
    return ((Tracer) tracer).spanBuilder(spanName);
  }

  public static void setParent(Object spanBuilder, Object context) {
    ((SpanBuilder) spanBuilder).setParent((Context) context);
  }

  public static void setNoParent(Object spanBuilder) {
    ((SpanBuilder) spanBuilder).setNoParent();
  }

  /** {@code kind} is a {@code SpanKind} name; unknown names are ignored. */
  public static void setKind(Object spanBuilder, String kind) {
    SpanKind spanKind = SpanKinds.named(kind);
    if (spanKind != null) {
      ((SpanBuilder) spanBuilder).setSpanKind(spanKind);
    }
  }

  public static void setAttribute(Object spanBuilder, String name, AttributeKind kind, Object value) {
    Object typed = value == null || name == null || kind == null ? null : AgentAttributes.value(kind, value);
    if (typed != null) {
      ((SpanBuilder) spanBuilder).setAttribute(AgentAttributes.key(name, kind), typed);
    }
  }

  public static void addLink(Object spanBuilder, SpanIdentity linked, AttributeList attributes) {
    ((SpanBuilder) spanBuilder).addLink(SpanIdentities.toSpanContext(linked), AgentAttributes.toAttributes(attributes));
  }

  public static void setStartTimestamp(Object spanBuilder, long epochNanos) {
    ((SpanBuilder) spanBuilder).setStartTimestamp(epochNanos, TimeUnit.NANOSECONDS);
  }

  /** Starts the span; returns its handle. */
  public static Object startSpan(Object spanBuilder) {
    Span span = ((SpanBuilder) spanBuilder).startSpan();
    return span;
  }
}
