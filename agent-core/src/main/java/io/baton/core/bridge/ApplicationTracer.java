package io.baton.core.bridge;

import io.baton.core.api.Tracing;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerBuilder;

/**
 * A tracer named by the application. Applications often fetch tracers into static fields while
 * the agent is still starting; such a tracer resolves the SDK's tracer on first use after the SDK
 * arrives, and makes no-op spans before.
 */
final class ApplicationTracer implements Tracer {

  private final String scopeName;
  private final String scopeVersion;
  private final String schemaUrl;
  private volatile Tracer delegate;

  ApplicationTracer(String scopeName, String scopeVersion, String schemaUrl) {
    this.scopeName = scopeName;
    this.scopeVersion = scopeVersion;
    this.schemaUrl = schemaUrl;
  }

  @Override
  public SpanBuilder spanBuilder(String spanName) {
    Tracer tracer = delegate;
    if (tracer == null) {
      OpenTelemetry openTelemetry = Tracing.openTelemetry();
      tracer = build(openTelemetry);
      if (openTelemetry != OpenTelemetry.noop()) {
        delegate = tracer;
      }
    }
    return tracer.spanBuilder(spanName);
  }

  private Tracer build(OpenTelemetry openTelemetry) {
    TracerBuilder builder = openTelemetry.tracerBuilder(scopeName);
    if (scopeVersion != null) {
      builder.setInstrumentationVersion(scopeVersion);
    }
    if (schemaUrl != null) {
      builder.setSchemaUrl(schemaUrl);
    }
    return builder.build();
  }
}
