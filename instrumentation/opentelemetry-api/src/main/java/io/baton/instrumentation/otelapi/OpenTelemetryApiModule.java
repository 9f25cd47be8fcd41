package io.baton.instrumentation.otelapi;

import io.baton.core.instrumentation.InstrumentationModule;
import io.baton.core.instrumentation.TypeInstrumentation;
import java.util.Arrays;
import java.util.List;

/**
 * The application's own OpenTelemetry API, bridged to the agent: its context storage becomes the
 * agent's context, and {@code GlobalOpenTelemetry} hands out tracers and propagators of the
 * agent's pipeline. The application needs the API only, no SDK.
 *
 * <p>This module's jar goes into the agent unrelocated: in this package {@code io.opentelemetry}
 * always means the application's classes, and the agent is reached only through
 * {@code io.baton.core.bridge}. This class itself loads in the agent loader, where the
 * application's API does not exist: it names classes by string only.
 */
public final class OpenTelemetryApiModule extends InstrumentationModule {

  public OpenTelemetryApiModule() {
    super("opentelemetry-api");
  }

  @Override
  public List<String> libraryMarkerClasses() {
    return Arrays.asList("io.opentelemetry.context.ContextStorage", "io.opentelemetry.api.GlobalOpenTelemetry");
  }

  @Override
  public List<TypeInstrumentation> typeInstrumentations() {
    return Arrays.asList(new ContextStorageInstrumentation(), new GlobalOpenTelemetryInstrumentation());
  }
}
