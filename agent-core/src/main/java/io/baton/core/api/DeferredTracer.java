package io.baton.core.api;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.Tracer;

/**
 * The tracer handed to instrumentations, which keep it in static fields. The agent starts in the
 * background, so advice may run before the SDK exists: until then spans are no-ops, afterwards
 * the real tracer is resolved once and used directly.
 */
final class DeferredTracer implements Tracer {

  private static final Tracer NOOP = OpenTelemetry.noop().getTracer("noop");

  private final String scopeName;
  private volatile Tracer delegate;

  DeferredTracer(String scopeName) {
    this.scopeName = scopeName;
  }

  @Override
  public SpanBuilder spanBuilder(String spanName) {
    Tracer tracer = delegate;
    if (tracer == null) {
      OpenTelemetry sdk = Tracing.configured();
      if (sdk == null) {
        return NOOP.spanBuilder(spanName);
      }
      tracer = delegate = sdk.getTracer(scopeName, Version.VALUE);
    }
    return tracer.spanBuilder(spanName);
  }
}
