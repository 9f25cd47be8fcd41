package io.baton.instrumentation.logback;

import io.baton.core.api.LogCorrelationFields;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import io.opentelemetry.context.Context;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.MDC;
import org.slf4j.spi.MDCAdapter;

/**
 * Gives a new event its MDC view now, as Logback itself would build it on this thread, plus the
 * current trace context. Events logged outside a span are left to Logback (no allocation).
 */
final class EventMdc {

  private static final LogCorrelationFields FIELDS = LogCorrelationFields.fromConfig("logback-mdc");

  private EventMdc() {}

  static void addTraceContext(LoggingEvent event, Logger logger) {
    Context context = Context.current();
    if (!FIELDS.hasTraceContext(context)) {
      return;
    }
    Map<String, String> threadMdc = threadMdc(logger);
    if (threadMdc != null && threadMdc.containsKey(FIELDS.traceIdKey())) {
      return; // the application put its own ids there: they win
    }
    Map<String, String> view = threadMdc == null ? new HashMap<>(8) : new HashMap<>(threadMdc);
    FIELDS.putInto(context, view::put);
    event.setMDCPropertyMap(Collections.unmodifiableMap(view));
  }

  /** The same lookup as {@code LoggingEvent.getMDCPropertyMap()} (Logback 1.4 and 1.5). */
  private static Map<String, String> threadMdc(Logger logger) {
    MDCAdapter adapter = logger.getLoggerContext().getMDCAdapter();
    if (adapter == null) {
      adapter = MDC.getMDCAdapter();
    }
    if (adapter instanceof LogbackMDCAdapter) {
      return ((LogbackMDCAdapter) adapter).getPropertyMap();
    }
    return adapter == null ? null : adapter.getCopyOfContextMap();
  }
}
