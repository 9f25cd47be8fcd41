package io.baton.instrumentation.kafka;

import io.baton.core.api.Tracing;
import io.opentelemetry.api.trace.Tracer;

/** The tracer of this instrumentation (scope {@code io.baton.kafka}). */
final class KafkaTracer {

  // Tracing is configured before any class is instrumented, so the first use sees the final one
  private static final Tracer TRACER = Tracing.tracer("kafka");

  private KafkaTracer() {}

  static Tracer get() {
    return TRACER;
  }
}
