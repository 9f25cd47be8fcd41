package io.baton.core.sdk;

import io.baton.core.log.AgentLog;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigurablePropagatorProvider;
import io.opentelemetry.sdk.autoconfigure.spi.logs.ConfigurableLogRecordExporterProvider;
import io.opentelemetry.sdk.autoconfigure.spi.metrics.ConfigurableMetricExporterProvider;
import io.opentelemetry.sdk.autoconfigure.spi.traces.ConfigurableSpanExporterProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Keeps {@code otel.propagators} and the {@code otel.*.exporter} settings to what this jar has.
 * Autoconfigure refuses the whole configuration over one name it cannot find, which would leave
 * the application untraced because of, say, {@code xray}, {@code zipkin} or a
 * {@code prometheus} metrics exporter (all in the OpenTelemetry agent, not here): such a name is
 * dropped, with one warning, and the others work.
 */
final class AvailableComponents {

  /** One list-valued setting, the names autoconfigure knows itself, and the provider interface for the rest. */
  private static final class Setting<P> {
    final String property;
    final List<String> builtIn;
    final Class<P> providers;
    final Function<P, String> name;

    Setting(String property, List<String> builtIn, Class<P> providers, Function<P, String> name) {
      this.property = property;
      this.builtIn = builtIn;
      this.providers = providers;
      this.name = name;
    }

    Set<String> available(ClassLoader agentLoader) {
      Set<String> available = new HashSet<>(builtIn);
      for (P provider : ServiceLoader.load(providers, agentLoader)) {
        available.add(name.apply(provider));
      }
      return available;
    }
  }

  private static final List<Setting<?>> SETTINGS = List.of(
      new Setting<>("otel.propagators", List.of("tracecontext", "baggage", "none"),
          ConfigurablePropagatorProvider.class, ConfigurablePropagatorProvider::getName),
      new Setting<>("otel.traces.exporter", List.of("none"),
          ConfigurableSpanExporterProvider.class, ConfigurableSpanExporterProvider::getName),
      // Baton records no metrics or logs yet; what is asked for here may only cost tracing
      new Setting<>("otel.metrics.exporter", List.of("none"),
          ConfigurableMetricExporterProvider.class, ConfigurableMetricExporterProvider::getName),
      new Setting<>("otel.logs.exporter", List.of("none"),
          ConfigurableLogRecordExporterProvider.class, ConfigurableLogRecordExporterProvider::getName));

  private AvailableComponents() {}

  /** The properties autoconfigure should read instead; empty when every name is available. */
  static Map<String, String> kept(ConfigProperties config, ClassLoader agentLoader) {
    Map<String, String> overrides = new HashMap<>();
    for (Setting<?> setting : SETTINGS) {
      List<String> requested = config.getList(setting.property);
      if (!requested.isEmpty()) {
        overrides.putAll(kept(setting.property, requested, setting.available(agentLoader)));
      }
    }
    return overrides;
  }

  /** With nothing left, {@code none}: no headers or exports the user did not ask for. */
  static Map<String, String> kept(String property, List<String> requested, Set<String> available) {
    List<String> kept = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String name : requested) {
      (available.contains(name) ? kept : missing).add(name);
    }
    if (missing.isEmpty()) {
      return Collections.emptyMap();
    }
    AgentLog.warn("ignoring " + property + " entries " + missing + " (not in this agent; it has " + new TreeSet<>(available) + ")");
    return Map.of(property, kept.isEmpty() ? "none" : String.join(",", kept));
  }
}
