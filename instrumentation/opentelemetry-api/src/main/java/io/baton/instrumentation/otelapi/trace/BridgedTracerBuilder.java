package io.baton.instrumentation.otelapi.trace;

import io.baton.core.bridge.AgentTracers;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.TracerBuilder;

final class BridgedTracerBuilder implements TracerBuilder {

  private final String scopeName;
  private String scopeVersion;
  private String schemaUrl;

  BridgedTracerBuilder(String scopeName) {
    this.scopeName = scopeName;
  }

  @Override
  public TracerBuilder setSchemaUrl(String schemaUrl) {
    this.schemaUrl = schemaUrl;
    return this;
  }

  @Override
  public TracerBuilder setInstrumentationVersion(String instrumentationScopeVersion) {
    this.scopeVersion = instrumentationScopeVersion;
    return this;
  }

  @Override
  public Tracer build() {
    return new BridgedTracer(AgentTracers.tracer(scopeName, scopeVersion, schemaUrl));
  }
}
