package io.baton.core.api;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.propagation.TextMapPropagator;

/**
 * Where instrumentation helpers get the agent's OpenTelemetry: set once when the agent starts,
 * before any class is instrumented. Scope names are {@code io.baton.<instrumentation name>}.
 */
public final class Tracing {

  private static volatile OpenTelemetry openTelemetry = OpenTelemetry.noop();

  private Tracing() {}

  public static void set(OpenTelemetry configured) {
    openTelemetry = configured;
  }

  public static OpenTelemetry openTelemetry() {
    return openTelemetry;
  }

  public static Tracer tracer(String instrumentationName) {
    return openTelemetry.getTracer("io.baton." + instrumentationName, Version.VALUE);
  }

  public static TextMapPropagator propagator() {
    return openTelemetry.getPropagators().getTextMapPropagator();
  }
}
