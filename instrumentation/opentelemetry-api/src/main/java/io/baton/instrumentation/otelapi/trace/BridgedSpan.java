package io.baton.instrumentation.otelapi.trace;

import io.baton.core.bridge.AgentSpans;
import io.baton.core.bridge.AttributeKind;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import java.util.concurrent.TimeUnit;

/**
 * An agent span as the application's {@link Span}. Written against the oldest API we support;
 * methods later APIs added with a default (links) are declared without {@code @Override} so that
 * they override those defaults where they exist.
 */
final class BridgedSpan implements Span {

  private final Object agentSpan;
  private volatile SpanContext spanContext;

  BridgedSpan(Object agentSpan) {
    this.agentSpan = agentSpan;
  }

  Object agentSpan() {
    return agentSpan;
  }

  @Override
  public Span setAttribute(String key, String value) {
    AgentSpans.setAttribute(agentSpan, key, AttributeKind.STRING, value);
    return this;
  }

  @Override
  public Span setAttribute(String key, long value) {
    AgentSpans.setAttribute(agentSpan, key, AttributeKind.LONG, value);
    return this;
  }

  @Override
  public Span setAttribute(String key, double value) {
    AgentSpans.setAttribute(agentSpan, key, AttributeKind.DOUBLE, value);
    return this;
  }

  @Override
  public Span setAttribute(String key, boolean value) {
    AgentSpans.setAttribute(agentSpan, key, AttributeKind.BOOLEAN, value);
    return this;
  }

  @Override
  public <T> Span setAttribute(AttributeKey<T> key, T value) {
    AttributeKind kind = AttributeConversion.kind(key);
    if (kind != null) {
      AgentSpans.setAttribute(agentSpan, key.getKey(), kind, value);
    }
    return this;
  }

  @Override
  public Span addEvent(String name, Attributes attributes) {
    AgentSpans.addEvent(agentSpan, name, AttributeConversion.toList(attributes));
    return this;
  }

  @Override
  public Span addEvent(String name, Attributes attributes, long timestamp, TimeUnit unit) {
    AgentSpans.addEvent(agentSpan, name, AttributeConversion.toList(attributes), unit.toNanos(timestamp));
    return this;
  }

  /** Overrides the no-op default of API 1.37+. */
  public Span addLink(SpanContext linked) {
    return addLink(linked, Attributes.empty());
  }

  /** Overrides the no-op default of API 1.37+. */
  public Span addLink(SpanContext linked, Attributes attributes) {
    if (linked != null && linked.isValid()) {
      AgentSpans.addLink(agentSpan, SpanContexts.toIdentity(linked), AttributeConversion.toList(attributes));
    }
    return this;
  }

  @Override
  public Span setStatus(StatusCode statusCode, String description) {
    if (statusCode != null) {
      AgentSpans.setStatus(agentSpan, statusCode.name(), description);
    }
    return this;
  }

  @Override
  public Span recordException(Throwable exception, Attributes additionalAttributes) {
    if (exception != null) {
      AgentSpans.recordException(agentSpan, exception, AttributeConversion.toList(additionalAttributes));
    }
    return this;
  }

  @Override
  public Span updateName(String name) {
    if (name != null) {
      AgentSpans.updateName(agentSpan, name);
    }
    return this;
  }

  @Override
  public void end() {
    AgentSpans.end(agentSpan);
  }

  @Override
  public void end(long timestamp, TimeUnit unit) {
    AgentSpans.end(agentSpan, unit.toNanos(timestamp));
  }

  @Override
  public SpanContext getSpanContext() {
    SpanContext context = spanContext;
    if (context == null) {
      // a span's ids never change: convert once
      context = spanContext = SpanContexts.toApplication(AgentSpans.identity(agentSpan));
    }
    return context;
  }

  @Override
  public boolean isRecording() {
    return AgentSpans.isRecording(agentSpan);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BridgedSpan && ((BridgedSpan) other).agentSpan == agentSpan;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(agentSpan);
  }

  @Override
  public String toString() {
    return "BridgedSpan{" + agentSpan + "}";
  }
}
