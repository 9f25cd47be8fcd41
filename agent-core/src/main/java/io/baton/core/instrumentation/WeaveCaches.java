package io.baton.core.instrumentation;

import io.baton.core.config.AgentConfig;
import io.baton.core.log.AgentLog;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * Chooses the {@link WeaveCache} of this run from the configuration: on by default, under
 * {@code <java.io.tmpdir>/baton-weave-cache-<user>} or {@code baton.weave-cache.dir}, off with
 * {@code baton.weave-cache.enabled=false}. Inside it, one directory per fingerprint of everything
 * that decides how a class is woven besides the class itself: the agent jar (path, size, time),
 * the enabled modules with their type instrumentations, and the instrumentation settings.
 */
final class WeaveCaches {

  static final String ENABLED = "baton.weave-cache.enabled";
  static final String DIRECTORY = "baton.weave-cache.dir";
  private static final String[] SETTING_PREFIXES = {"otel.instrumentation.", "otel.javaagent.", "baton."};

  private WeaveCaches() {}

  static WeaveCache open(AgentConfig config, List<InstrumentationModule> modules) {
    return open(config, modules, agentJar());
  }

  static WeaveCache open(AgentConfig config, List<InstrumentationModule> modules, Path jar) {
    if (!config.getBoolean(ENABLED, true)) {
      return WeaveCache.off();
    }
    if (jar == null) {
      return WeaveCache.off(); // classes from a directory (tests): no build to key the cache by
    }
    String chosen = config.getString(DIRECTORY, null);
    Path root = chosen != null ? Path.of(chosen) : Path.of(System.getProperty("java.io.tmpdir"), defaultName());
    try {
      return WeaveCache.open(root, fingerprint(jar, modules, config), chosen != null);
    } catch (IOException | RuntimeException problem) {
      AgentLog.debug("weave cache off: " + problem);
      return WeaveCache.off();
    }
  }

  private static String defaultName() {
    String user = System.getProperty("user.name", "user");
    return "baton-weave-cache-" + user.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static Path agentJar() {
    try {
      CodeSource source = WeaveCaches.class.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
        return null;
      }
      Path path = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(path) ? path : null;
    } catch (URISyntaxException | RuntimeException unusual) {
      return null;
    }
  }

  static String fingerprint(Path jar, List<InstrumentationModule> modules, AgentConfig config) throws IOException {
    StringBuilder text = new StringBuilder(1024)
        .append(jar.toAbsolutePath()).append('|').append(Files.size(jar)).append('|')
        .append(Files.getLastModifiedTime(jar).toMillis()).append('\n');
    for (InstrumentationModule module : modules) {
      text.append(module.names().get(0));
      for (TypeInstrumentation type : module.typeInstrumentations()) {
        text.append(' ').append(type.getClass().getName());
      }
      text.append('\n');
    }
    for (Map.Entry<String, String> setting : instrumentationSettings(config).entrySet()) {
      text.append(setting.getKey()).append('=').append(setting.getValue()).append('\n');
    }
    CRC32 crc = new CRC32();
    byte[] bytes = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    crc.update(bytes);
    return String.format(Locale.ROOT, "%08x%08x", crc.getValue(), text.toString().hashCode());
  }

  /** Every setting that could change what the modules weave, from all three sources, by name. */
  private static Map<String, String> instrumentationSettings(AgentConfig config) {
    Map<String, String> settings = new TreeMap<>();
    for (Map.Entry<String, String> entry : config.fileSettings().entrySet()) {
      if (isInstrumentationSetting(entry.getKey())) {
        settings.put("file " + entry.getKey(), entry.getValue());
      }
    }
    for (String name : System.getProperties().stringPropertyNames()) {
      if (isInstrumentationSetting(name)) {
        settings.put("property " + name, System.getProperty(name));
      }
    }
    for (Map.Entry<String, String> entry : System.getenv().entrySet()) {
      String asProperty = entry.getKey().toLowerCase(Locale.ROOT).replace('_', '.');
      if (isInstrumentationSetting(asProperty)) {
        settings.put("env " + entry.getKey(), entry.getValue());
      }
    }
    return settings;
  }

  private static boolean isInstrumentationSetting(String name) {
    if (name.startsWith("baton.weave-cache.") || name.startsWith("baton.weave.cache.")) {
      return false;
    }
    for (String prefix : SETTING_PREFIXES) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
