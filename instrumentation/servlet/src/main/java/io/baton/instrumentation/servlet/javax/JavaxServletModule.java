package io.baton.instrumentation.servlet.javax;

import io.baton.instrumentation.servlet.ServletTypes;
import io.baton.core.instrumentation.InstrumentationModule;
import io.baton.core.instrumentation.TypeInstrumentation;
import java.util.List;

/**
 * Server spans for {@code javax.servlet} 3.0–4.0 (Tomcat 7–9, Jetty 9–10, …). Its own module,
 * named like the OpenTelemetry agent's ({@code servlet}, {@code servlet-3.0}), so either flavour
 * can be switched off alone.
 */
public final class JavaxServletModule extends InstrumentationModule {

  public JavaxServletModule() {
    super("servlet", "servlet-3.0");
  }

  @Override
  public List<String> libraryMarkerClasses() {
    return List.of("javax.servlet.Servlet");
  }

  @Override
  public List<TypeInstrumentation> typeInstrumentations() {
    return List.of(
        new ServletTypes(
            "javax.servlet",
            "io.baton.instrumentation.servlet.javax.JavaxServiceAdvice",
            "io.baton.instrumentation.servlet.javax.JavaxStartAsyncAdvice",
            "io.baton.instrumentation.servlet.javax.JavaxAsyncRunnableAdvice"));
  }

  /** Helpers shared with the jakarta flavour live one package up: load them next to the advice. */
  @Override
  public String advicePackagePrefix() {
    return "io.baton.instrumentation.servlet.";
  }
}
