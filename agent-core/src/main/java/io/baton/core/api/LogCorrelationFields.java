package io.baton.core.api;

import io.baton.core.config.AgentConfig;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import java.util.function.BiConsumer;

/**
 * Which log-context entries (MDC, Log4j context data) a trace context becomes, shared by the
 * logging instrumentations. Key names and the baggage switch are the OpenTelemetry Java agent's
 * settings, so a configuration written for it works unchanged:
 * {@code otel.instrumentation.common.logging.trace-id} / {@code .span-id} / {@code .trace-flags}
 * and {@code otel.instrumentation.<instrumentation>.add-baggage} (entries named
 * {@code baggage.<key>}).
 */
public final class LogCorrelationFields {

  private final String traceIdKey;
  private final String spanIdKey;
  private final String traceFlagsKey;
  private final boolean addBaggage;

  public LogCorrelationFields(String traceIdKey, String spanIdKey, String traceFlagsKey, boolean addBaggage) {
    this.traceIdKey = traceIdKey;
    this.spanIdKey = spanIdKey;
    this.traceFlagsKey = traceFlagsKey;
    this.addBaggage = addBaggage;
  }

  public static LogCorrelationFields fromConfig(String instrumentationName) {
    AgentConfig config = AgentConfig.get();
    return new LogCorrelationFields(
        config.getString("otel.instrumentation.common.logging.trace-id", "trace_id"),
        config.getString("otel.instrumentation.common.logging.span-id", "span_id"),
        config.getString("otel.instrumentation.common.logging.trace-flags", "trace_flags"),
        config.getBoolean("otel.instrumentation." + instrumentationName + ".add-baggage", false));
  }

  public String traceIdKey() {
    return traceIdKey;
  }

  /** A valid span is current: invalid (no-op) spans never produce ids, nor baggage alone. */
  public boolean hasTraceContext(Context context) {
    return Span.fromContext(context).getSpanContext().isValid();
  }

  public void putInto(Context context, BiConsumer<String, String> target) {
    SpanContext span = Span.fromContext(context).getSpanContext();
    target.accept(traceIdKey, span.getTraceId());
    target.accept(spanIdKey, span.getSpanId());
    target.accept(traceFlagsKey, span.getTraceFlags().asHex());
    if (addBaggage) {
      Baggage.fromContext(context).forEach((key, entry) -> target.accept("baggage." + key, entry.getValue()));
    }
  }
}
