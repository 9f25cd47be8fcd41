package io.baton.instrumentation.servlet.jakarta;

import io.baton.instrumentation.servlet.ServletTypes;
import io.baton.core.instrumentation.InstrumentationModule;
import io.baton.core.instrumentation.TypeInstrumentation;
import java.util.List;

/**
 * Server spans for {@code jakarta.servlet} 5.0–6.1 (Tomcat 10–11, Jetty 11–12, …). Its own
 * module, named like the OpenTelemetry agent's ({@code servlet}, {@code servlet-5.0}), so either
 * flavour can be switched off alone.
 */
public final class JakartaServletModule extends InstrumentationModule {

  public JakartaServletModule() {
    super("servlet", "servlet-5.0");
  }

  @Override
  public List<String> libraryMarkerClasses() {
    return List.of("jakarta.servlet.Servlet");
  }

  @Override
  public List<TypeInstrumentation> typeInstrumentations() {
    return List.of(
        new ServletTypes(
            "jakarta.servlet",
            "io.baton.instrumentation.servlet.jakarta.JakartaServiceAdvice",
            "io.baton.instrumentation.servlet.jakarta.JakartaStartAsyncAdvice",
            "io.baton.instrumentation.servlet.jakarta.JakartaAsyncRunnableAdvice"));
  }

  /** Helpers shared with the jakarta flavour live one package up: load them next to the advice. */
  @Override
  public String advicePackagePrefix() {
    return "io.baton.instrumentation.servlet.";
  }
}
