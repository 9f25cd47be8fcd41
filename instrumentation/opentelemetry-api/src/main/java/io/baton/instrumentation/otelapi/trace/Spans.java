package io.baton.instrumentation.otelapi.trace;

import io.baton.core.bridge.AgentSpans;
import io.baton.instrumentation.otelapi.ApiMode;
import io.opentelemetry.api.trace.Span;

/** Application spans to agent span handles and back. */
public final class Spans {

  private Spans() {}

  /**
   * Our own spans unwrap to the agent span behind them. Any other span (a propagated
   * {@code Span.wrap(spanContext)}, or one from an SDK the application runs itself) becomes a
   * non-recording agent span with the same ids, so agent spans can still parent under it.
   */
  public static Object toAgent(Span span) {
    if (span instanceof BridgedSpan) {
      return ((BridgedSpan) span).agentSpan();
    }
    if (ApiMode.SHARED) {
      return span;
    }
    return AgentSpans.wrap(SpanContexts.toIdentity(span.getSpanContext()));
  }

  public static Span toApplication(Object agentSpan) {
    return new BridgedSpan(agentSpan);
  }
}
