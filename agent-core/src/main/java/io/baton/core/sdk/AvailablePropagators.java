package io.baton.core.sdk;

import io.baton.core.log.AgentLog;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigurablePropagatorProvider;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps {@code otel.propagators} to the propagators this jar has. Autoconfigure refuses the whole
 * configuration over one name it cannot find, which would leave the application untraced because
 * of, say, {@code xray} (an AWS contribution the jar does not carry): here that name is dropped,
 * with one warning, and the others work.
 */
final class AvailablePropagators {

  static final String PROPERTY = "otel.propagators";

  /** Built into autoconfigure itself; the rest are found through its provider interface. */
  private static final List<String> BUILT_IN = List.of("tracecontext", "baggage", "none");

  private AvailablePropagators() {}

  /** The property autoconfigure should read instead; empty when every name is available. */
  static Map<String, String> kept(ConfigProperties config, ClassLoader agentLoader) {
    List<String> requested = config.getList(PROPERTY);
    if (requested.isEmpty()) {
      return Collections.emptyMap();
    }
    Set<String> available = new HashSet<>(BUILT_IN);
    for (ConfigurablePropagatorProvider provider : ServiceLoader.load(ConfigurablePropagatorProvider.class, agentLoader)) {
      available.add(provider.getName());
    }
    return kept(requested, available);
  }

  static Map<String, String> kept(List<String> requested, Set<String> available) {
    List<String> kept = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (String name : requested) {
      (available.contains(name) ? kept : missing).add(name);
    }
    if (missing.isEmpty()) {
      return Collections.emptyMap();
    }
    AgentLog.warn("ignoring " + PROPERTY + " entries " + missing + " (not in this agent; it has " + new TreeSet<>(available) + ")");
    return Map.of(PROPERTY, kept.isEmpty() ? "none" : String.join(",", kept));
  }
}
