package io.baton.instrumentation.kafka;

import io.baton.core.api.Tracing;
import io.baton.core.config.AgentConfig;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * Writes the send span's context into the record headers, unless
 * {@code otel.instrumentation.kafka.producer-propagation.enabled=false}.
 */
final class ProducerPropagation {

  static final String ENABLED = "otel.instrumentation.kafka.producer-propagation.enabled";

  // the switch is read once per configuration (tests swap the configuration, the agent never does)
  private static volatile AgentConfig seenConfig;
  private static volatile boolean enabled;

  private ProducerPropagation() {}

  static void inject(Context context, ProducerRecord<?, ?> record) {
    if (!enabled()) {
      return;
    }
    TextMapPropagator propagator = Tracing.propagator();
    Headers headers = record.headers();
    try {
      // a record copied from a consumed one carries the previous hop's headers: all of them are
      // stale, including a tracestate or baggage this context would not write
      for (String field : propagator.fields()) {
        // lastHeader walks the list without an iterator: most records carry none of these
        if (headers.lastHeader(field) != null) {
          headers.remove(field);
        }
      }
      propagator.inject(context, headers, RecordHeadersSetter.INSTANCE);
    } catch (IllegalStateException readOnlyHeaders) {
      // a record being re-sent keeps the read-only headers of its first send: leave it as it is
    }
  }

  static boolean enabled() {
    AgentConfig config = AgentConfig.get();
    if (config != seenConfig) {
      enabled = config.getBoolean(ENABLED, true);
      seenConfig = config;
    }
    return enabled;
  }
}
