package io.baton.core.api;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.propagation.TextMapPropagator;

/**
 * Where instrumentation helpers get the agent's OpenTelemetry. The SDK is set once, by the
 * agent's background start; tracers handed out earlier pick it up when it arrives. Scope names
 * are {@code io.baton.<instrumentation name>}.
 */
public final class Tracing {

  private static volatile OpenTelemetry configured;

  private Tracing() {}

  public static void set(OpenTelemetry openTelemetry) {
    configured = openTelemetry;
  }

  /** The SDK, or null while the agent is still starting. */
  static OpenTelemetry configured() {
    return configured;
  }

  public static OpenTelemetry openTelemetry() {
    OpenTelemetry sdk = configured;
    return sdk != null ? sdk : OpenTelemetry.noop();
  }

  /** Keep the result in a static field: it is cheap to use and follows the SDK's arrival. */
  public static Tracer tracer(String instrumentationName) {
    return new DeferredTracer("io.baton." + instrumentationName);
  }

  public static TextMapPropagator propagator() {
    return openTelemetry().getPropagators().getTextMapPropagator();
  }
}
