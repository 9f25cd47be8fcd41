package io.baton.instrumentation.otelapi.trace;

import io.baton.core.bridge.AgentTracers;
import io.baton.core.bridge.AttributeKind;
import io.baton.instrumentation.otelapi.context.Contexts;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import java.util.concurrent.TimeUnit;

/**
 * The application's span builder, forwarding each call to an agent span builder. Without
 * {@code setParent} the agent's current context is the parent, which is the application's
 * current context too.
 */
final class BridgedSpanBuilder implements SpanBuilder {

  private final Object agentBuilder;

  BridgedSpanBuilder(Object agentBuilder) {
    this.agentBuilder = agentBuilder;
  }

  @Override
  public SpanBuilder setParent(Context context) {
    if (context != null) {
      AgentTracers.setParent(agentBuilder, Contexts.toAgent(context));
    }
    return this;
  }

  @Override
  public SpanBuilder setNoParent() {
    AgentTracers.setNoParent(agentBuilder);
    return this;
  }

  @Override
  public SpanBuilder addLink(SpanContext linked) {
    return addLink(linked, Attributes.empty());
  }

  @Override
  public SpanBuilder addLink(SpanContext linked, Attributes attributes) {
    if (linked != null && linked.isValid()) {
      AgentTracers.addLink(agentBuilder, SpanContexts.toIdentity(linked), AttributeConversion.toList(attributes));
    }
    return this;
  }

  @Override
  public SpanBuilder setAttribute(String key, String value) {
    AgentTracers.setAttribute(agentBuilder, key, AttributeKind.STRING, value);
    return this;
  }

  @Override
  public SpanBuilder setAttribute(String key, long value) {
    AgentTracers.setAttribute(agentBuilder, key, AttributeKind.LONG, value);
    return this;
  }

  @Override
  public SpanBuilder setAttribute(String key, double value) {
    AgentTracers.setAttribute(agentBuilder, key, AttributeKind.DOUBLE, value);
    return this;
  }

  @Override
  public SpanBuilder setAttribute(String key, boolean value) {
    AgentTracers.setAttribute(agentBuilder, key, AttributeKind.BOOLEAN, value);
    return this;
  }

  @Override
  public <T> SpanBuilder setAttribute(AttributeKey<T> key, T value) {
    AttributeKind kind = AttributeConversion.kind(key);
    if (kind != null) {
      AgentTracers.setAttribute(agentBuilder, key.getKey(), kind, value);
    }
    return this;
  }

  @Override
  public SpanBuilder setSpanKind(SpanKind spanKind) {
    if (spanKind != null) {
      AgentTracers.setKind(agentBuilder, spanKind.name());
    }
    return this;
  }

  @Override
  public SpanBuilder setStartTimestamp(long startTimestamp, TimeUnit unit) {
    if (unit != null && startTimestamp >= 0) {
      AgentTracers.setStartTimestamp(agentBuilder, unit.toNanos(startTimestamp));
    }
    return this;
  }

  @Override
  public Span startSpan() {
    return Spans.toApplication(AgentTracers.startSpan(agentBuilder));
  }
}
