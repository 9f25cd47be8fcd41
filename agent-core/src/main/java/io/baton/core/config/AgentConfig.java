package io.baton.core.config;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The agent's own switches, read the way OpenTelemetry reads its settings: a system property
 * ({@code otel.foo.bar}) wins over the environment variable ({@code OTEL_FOO_BAR}), which wins over
 * the file named by {@code otel.javaagent.configuration-file}. The SDK's settings
 * ({@code otel.traces.*}, {@code otel.exporter.*} …) are left to the SDK's autoconfigure, which is
 * handed that file's settings as its defaults ({@link #fileSettings()}).
 */
public final class AgentConfig {

  private static volatile AgentConfig current = fromSystem();

  private final Function<String, String> lookup;
  private final Map<String, String> fileSettings;
  private final String fileWarning;

  AgentConfig(Function<String, String> lookup) {
    this(lookup, Collections.emptyMap(), null);
  }

  private AgentConfig(Function<String, String> lookup, Map<String, String> fileSettings, String fileWarning) {
    this.lookup = lookup;
    this.fileSettings = fileSettings;
    this.fileWarning = fileWarning;
  }

  public static AgentConfig fromSystem() {
    return from(System::getProperty, System.getenv());
  }

  static AgentConfig from(Function<String, String> systemProperties, Map<String, String> environment) {
    String[] fileWarning = new String[1];
    Map<String, String> file = ConfigurationFile.read(systemProperties, environment, warning -> fileWarning[0] = warning);
    return new AgentConfig(
        name -> {
          String value = systemProperties.apply(name);
          if (value == null) {
            value = environment.get(toEnvName(name));
          }
          return value != null ? value : file.get(name);
        },
        file,
        fileWarning[0]);
  }

  /** For tests: the given map plays system properties. */
  public static AgentConfig of(Map<String, String> properties) {
    return new AgentConfig(properties::get);
  }

  /** The configuration the running agent was started with; instrumentation helpers read it. */
  public static AgentConfig get() {
    return current;
  }

  public static void set(AgentConfig config) {
    current = config;
  }

  /** Why the configuration file was ignored, for the starter to log once logging is set up; null if it was not. */
  public String configurationFileWarning() {
    return fileWarning;
  }

  /** The configuration file's settings: empty without a file. */
  public Map<String, String> fileSettings() {
    return fileSettings;
  }

  static String toEnvName(String property) {
    return property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  public String getString(String name, String defaultValue) {
    String value = lookup.apply(name);
    return value == null || value.trim().isEmpty() ? defaultValue : value.trim();
  }

  /** Anything other than true/false is a configuration mistake: keep the default and say so once. */
  public boolean getBoolean(String name, boolean defaultValue) {
    String value = getString(name, null);
    if (value == null) {
      return defaultValue;
    }
    if ("true".equalsIgnoreCase(value)) {
      return true;
    }
    if ("false".equalsIgnoreCase(value)) {
      return false;
    }
    io.baton.core.log.AgentLog.warn(
        "ignoring " + name + "=" + value + " (expected true or false), using " + defaultValue);
    return defaultValue;
  }

  /** Comma-separated values, trimmed, empty entries dropped. */
  public List<String> getList(String name) {
    String value = getString(name, null);
    if (value == null) {
      return Collections.emptyList();
    }
    List<String> items = new ArrayList<>();
    for (String item : value.split(",")) {
      if (!item.trim().isEmpty()) {
        items.add(item.trim());
      }
    }
    return items;
  }

  /**
   * {@code otel.javaagent.logging=none} turns the agent's own output off. The OpenTelemetry agent's
   * other values, {@code simple} (the default) and {@code application}, both leave Baton writing its
   * few lines to stderr.
   */
  public boolean agentLoggingOff() {
    return "none".equalsIgnoreCase(getString("otel.javaagent.logging", "simple"));
  }

  /**
   * {@code otel.javaagent.enabled=false}. The bootstrap honours it as a property or variable before
   * anything loads; here it can only have come from the configuration file.
   */
  public boolean agentDisabled() {
    String value = getString("otel.javaagent.enabled", null);
    return value != null && "false".equalsIgnoreCase(value.trim());
  }

  public boolean debug() {
    return getBoolean("otel.javaagent.debug", false);
  }

  /**
   * {@code otel.instrumentation.<name>.enabled} for the first of the names that is set decides;
   * otherwise {@code otel.instrumentation.common.default-enabled} and the module's own default.
   */
  public boolean isInstrumentationEnabled(List<String> names, boolean enabledByDefault) {
    for (String name : names) {
      String property = "otel.instrumentation." + name + ".enabled";
      if (getString(property, null) != null) {
        return getBoolean(property, enabledByDefault);
      }
    }
    return enabledByDefault && getBoolean("otel.instrumentation.common.default-enabled", true);
  }
}
