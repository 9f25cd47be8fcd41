package io.baton.core.sdk;

import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Users switch resource detectors on and off by their OpenTelemetry class names
 * ({@code otel.java.disabled.resource.providers=io.opentelemetry.instrumentation.resources.HostResourceProvider}),
 * and autoconfigure compares those names with the classes it found. In the agent jar our
 * OpenTelemetry copy is relocated, so the names are rewritten to what the classes are called
 * here. Names of other packages (a user's own provider) are left as they are.
 */
final class RelocatedProviderNames {

  static final List<String> PROPERTIES =
      List.of("otel.java.enabled.resource.providers", "otel.java.disabled.resource.providers");

  /**
   * Built at run time: the jar's relocation rewrites string constants that start with the
   * relocated package, and would turn a literal into the relocated prefix itself.
   */
  private static final String ORIGINAL_PREFIX = String.join(".", "io", "opentelemetry", "");

  private RelocatedProviderNames() {}

  /** The properties autoconfigure should read instead; empty where nothing needs rewriting. */
  static Map<String, String> rewritten(ConfigProperties config) {
    return rewritten(config, OpenTelemetryPackage.prefix());
  }

  static Map<String, String> rewritten(ConfigProperties config, String prefixHere) {
    Map<String, String> overrides = new HashMap<>();
    if (prefixHere.equals(ORIGINAL_PREFIX)) {
      return overrides;
    }
    for (String property : PROPERTIES) {
      List<String> names = config.getList(property);
      if (names.isEmpty()) {
        continue;
      }
      List<String> renamed = new ArrayList<>();
      for (String name : names) {
        renamed.add(name.startsWith(ORIGINAL_PREFIX) ? prefixHere + name.substring(ORIGINAL_PREFIX.length()) : name);
      }
      overrides.put(property, String.join(",", renamed));
    }
    return overrides;
  }
}
