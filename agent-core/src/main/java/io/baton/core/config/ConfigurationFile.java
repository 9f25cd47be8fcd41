package io.baton.core.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The properties file named by {@code otel.javaagent.configuration-file}, as the OpenTelemetry
 * agent reads it: any {@code otel.*} setting, below system properties and environment variables.
 * A file that cannot be read costs one warning and the agent runs on the other settings. The
 * warning is handed back rather than logged: the file is read before the agent knows whether
 * {@code otel.javaagent.logging=none} silences it.
 */
final class ConfigurationFile {

  static final String PROPERTY = "otel.javaagent.configuration-file";

  private ConfigurationFile() {}

  /** Empty when no file is named. */
  static Map<String, String> read(
      Function<String, String> systemProperties, Map<String, String> environment, Consumer<String> warnings) {
    String path = systemProperties.apply(PROPERTY);
    if (path == null) {
      path = environment.get(AgentConfig.toEnvName(PROPERTY));
    }
    if (path == null || path.trim().isEmpty()) {
      return Collections.emptyMap();
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(Paths.get(path.trim()), StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException | RuntimeException unreadable) {
      warnings.accept("ignoring " + PROPERTY + "=" + path.trim() + ": " + unreadable);
      return Collections.emptyMap();
    }
    Map<String, String> settings = new HashMap<>();
    for (String name : properties.stringPropertyNames()) {
      settings.put(name, properties.getProperty(name));
    }
    return Collections.unmodifiableMap(settings);
  }
}
