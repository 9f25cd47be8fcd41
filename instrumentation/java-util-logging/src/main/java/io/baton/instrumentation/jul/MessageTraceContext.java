package io.baton.instrumentation.jul;

import io.baton.core.config.AgentConfig;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Appends {@code " trace_id=… span_id=… trace_flags=…"} to a record's message. Key names follow
 * the OpenTelemetry agent's {@code otel.instrumentation.common.logging.*} settings, like the
 * Logback and Log4j MDC entries.
 *
 * <p>Left alone: records logged outside a span, records the logger discards anyway, localized
 * records (their message is a resource-bundle key: a suffix would break the lookup), and records
 * that already carry these ids (a handler re-logging a record through another logger).
 */
final class MessageTraceContext {

  private static final String TRACE_ID_KEY = setting("trace-id", "trace_id");
  private static final String SPAN_ID_KEY = setting("span-id", "span_id");
  private static final String TRACE_FLAGS_KEY = setting("trace-flags", "trace_flags");

  private MessageTraceContext() {}

  static void append(Logger logger, LogRecord record) {
    if (record == null) {
      return;
    }
    SpanContext span = Span.current().getSpanContext();
    if (!span.isValid() || !logger.isLoggable(record.getLevel()) || isLocalized(record)) {
      return;
    }
    String message = record.getMessage() == null ? "" : record.getMessage();
    String suffix = " " + TRACE_ID_KEY + "=" + span.getTraceId() + " " + SPAN_ID_KEY + "=" + span.getSpanId()
        + " " + TRACE_FLAGS_KEY + "=" + span.getTraceFlags().asHex();
    if (!message.endsWith(suffix)) {
      record.setMessage(message + suffix);
    }
  }

  private static boolean isLocalized(LogRecord record) {
    return record.getResourceBundle() != null || record.getResourceBundleName() != null;
  }

  private static String setting(String name, String defaultKey) {
    return AgentConfig.get().getString("otel.instrumentation.common.logging." + name, defaultKey);
  }
}
