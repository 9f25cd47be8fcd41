package io.baton.core.sdk;

import io.baton.core.log.AgentLog;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigurationException;
import io.opentelemetry.sdk.autoconfigure.spi.traces.ConfigurableSamplerProvider;
import java.io.UnsupportedEncodingException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLDecoder;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * Sets a malformed SDK setting back to its default, with one warning. Autoconfigure refuses the
 * whole configuration over one value it cannot use ({@code otel.bsp.max.queue.size=2k}, a sampler
 * name with a typo, a resource attribute without {@code =}), and the application would then run
 * untraced for the sake of a tuning knob.
 * Numbers and durations are read with the SDK's own {@link ConfigProperties} getters, so what passes
 * here is what autoconfigure parses; the ranges are the ones the SDK's builders enforce.
 */
final class MalformedSettings {

  /** What a setting must be; the text goes into the warning. */
  private enum Kind {
    POSITIVE_INTEGER("a positive integer", true),
    COUNT("an integer of 0 or more", true),
    DURATION("a duration of 0 or more, such as 500ms or 5s", true),
    POSITIVE_DURATION("a positive duration, such as 60s", true),
    RATIO("a ratio from 0 to 1", true),
    PROTOCOL("grpc, http/protobuf or http/json", false),
    COMPRESSION("gzip or none", false),
    ENDPOINT("an http or https URL without query or fragment", false),
    MAP("key=value pairs separated by commas", true),
    HEADERS("name=value pairs separated by commas, values URL-encoded", true),
    MEMORY_MODE("reusable_data or immutable_data", false);

    final String expected;
    /**
     * Autoconfigure reads an empty value of numbers, durations and maps as unset, but takes an
     * empty string setting at its word ({@code OTEL_EXPORTER_OTLP_ENDPOINT=} from a template
     * variable that was not filled in), which then fails.
     */
    final boolean emptyIsUnset;

    Kind(String expected, boolean emptyIsUnset) {
      this.expected = expected;
      this.emptyIsUnset = emptyIsUnset;
    }
  }

  /** Shown instead of header values, which often hold credentials. */
  static final String HIDDEN = "(value not shown)";
  static final String SAMPLER = "otel.traces.sampler";
  static final String DEFAULT_SAMPLER = "parentbased_always_on";
  private static final List<String> BUILT_IN_SAMPLERS = List.of(
      "always_on", "always_off", "traceidratio", "parentbased_always_on", "parentbased_always_off",
      "parentbased_traceidratio");

  private static final Map<String, Kind> SETTINGS = settings();

  private MalformedSettings() {}

  private static Map<String, Kind> settings() {
    Map<String, Kind> settings = new LinkedHashMap<>();
    for (String prefix : List.of("otel.bsp.", "otel.blrp.")) {
      settings.put(prefix + "max.queue.size", Kind.POSITIVE_INTEGER);
      settings.put(prefix + "max.export.batch.size", Kind.POSITIVE_INTEGER);
      settings.put(prefix + "schedule.delay", Kind.DURATION);
      settings.put(prefix + "export.timeout", Kind.DURATION);
    }
    settings.put("otel.java.metrics.cardinality.limit", Kind.POSITIVE_INTEGER);
    settings.put("otel.metric.export.interval", Kind.POSITIVE_DURATION);
    for (String limit : List.of(
        "otel.attribute.count.limit", "otel.attribute.value.length.limit", "otel.span.attribute.count.limit",
        "otel.span.attribute.value.length.limit", "otel.span.event.count.limit", "otel.span.link.count.limit")) {
      settings.put(limit, Kind.COUNT);
    }
    settings.put("otel.traces.sampler.arg", Kind.RATIO);
    settings.put("otel.resource.attributes", Kind.MAP);
    settings.put("otel.java.exporter.memory_mode", Kind.MEMORY_MODE);
    for (String signal : List.of("", "traces.", "metrics.", "logs.")) {
      settings.put("otel.exporter.otlp." + signal + "timeout", Kind.DURATION);
      settings.put("otel.exporter.otlp." + signal + "protocol", Kind.PROTOCOL);
      settings.put("otel.exporter.otlp." + signal + "compression", Kind.COMPRESSION);
      settings.put("otel.exporter.otlp." + signal + "endpoint", Kind.ENDPOINT);
      settings.put("otel.exporter.otlp." + signal + "headers", Kind.HEADERS);
    }
    return settings;
  }

  /** The overrides autoconfigure should read instead: empty when every setting is usable. */
  static Map<String, String> dropped(ConfigProperties config, ClassLoader agentLoader) {
    Map<String, String> overrides = new HashMap<>();
    String sampler = config.getString(SAMPLER);
    if (sampler != null && !BUILT_IN_SAMPLERS.contains(sampler)) {
      Set<String> available = samplers(agentLoader);
      if (!available.contains(sampler)) {
        warn(SAMPLER, sampler, "one of " + available, DEFAULT_SAMPLER);
        overrides.put(SAMPLER, DEFAULT_SAMPLER);
        sampler = DEFAULT_SAMPLER;
      }
    }
    for (Map.Entry<String, Kind> setting : SETTINGS.entrySet()) {
      String name = setting.getKey();
      String value = config.getString(name);
      if (value == null
          || (value.isEmpty() ? setting.getValue().emptyIsUnset : isValid(setting.getValue(), name, config, sampler))) {
        continue;
      }
      String replacement = replacement(setting.getValue(), name, config, overrides);
      warn(name, setting.getValue() == Kind.HEADERS ? HIDDEN : value, setting.getValue().expected,
          replacement.isEmpty() ? "the default" : replacement);
      overrides.put(name, replacement);
    }
    return overrides;
  }

  private static String replacement(Kind kind, String name, ConfigProperties config, Map<String, String> replaced) {
    switch (kind) {
      case PROTOCOL:
      case COMPRESSION:
      case ENDPOINT:
        return OtlpDefaults.of(name, config, replaced);
      case MEMORY_MODE:
        return "reusable_data";
      default:
        return ""; // autoconfigure's getters of numbers, durations and maps read an empty value as unset
    }
  }

  /** Numbers and durations through the SDK's own getters, which throw what autoconfigure would. */
  private static boolean isValid(Kind kind, String name, ConfigProperties config, String sampler) {
    try {
      switch (kind) {
        case POSITIVE_INTEGER:
          return config.getInt(name) > 0;
        case COUNT:
          return config.getInt(name) >= 0;
        case DURATION:
          return !config.getDuration(name).isNegative();
        case POSITIVE_DURATION:
          return config.getDuration(name).compareTo(Duration.ZERO) > 0;
        case RATIO:
          // only the ratio samplers read the argument as a ratio
          return sampler == null || !sampler.endsWith("traceidratio") || isRatio(config.getDouble(name));
        case PROTOCOL:
          return List.of("grpc", "http/protobuf", "http/json").contains(config.getString(name));
        case COMPRESSION:
          return List.of("gzip", "none").contains(config.getString(name));
        case ENDPOINT:
          return isHttpUrl(config.getString(name));
        case MAP:
          return config.getMap(name) != null;
        case HEADERS:
          return decodes(config.getMap(name).values());
        case MEMORY_MODE:
          return List.of("reusable_data", "immutable_data").contains(config.getString(name).toLowerCase(Locale.ROOT));
        default:
          return true;
      }
    } catch (ConfigurationException | IllegalArgumentException | UnsupportedEncodingException malformed) {
      return false;
    }
  }

  /** As the OTLP exporter decodes header values. */
  private static boolean decodes(Collection<String> values) throws UnsupportedEncodingException {
    for (String value : values) {
      URLDecoder.decode(value, "UTF-8");
    }
    return true;
  }

  private static boolean isRatio(double value) {
    return value >= 0 && value <= 1;
  }

  /** The SDK's own checks: {@code java.net.URL} (which takes {@code otel_collector} as a host, where {@code URI} does not). */
  private static boolean isHttpUrl(String value) {
    try {
      URL url = new URL(value);
      return ("http".equals(url.getProtocol()) || "https".equals(url.getProtocol()))
          && url.getQuery() == null && url.getRef() == null;
    } catch (MalformedURLException malformed) {
      return false;
    }
  }

  private static Set<String> samplers(ClassLoader agentLoader) {
    Set<String> names = new TreeSet<>(BUILT_IN_SAMPLERS);
    for (ConfigurableSamplerProvider provider : ServiceLoader.load(ConfigurableSamplerProvider.class, agentLoader)) {
      names.add(provider.getName());
    }
    return names;
  }

  private static void warn(String name, String value, String expected, String replacement) {
    AgentLog.warn(warning(name, value, expected, replacement));
  }

  static String warning(String name, String value, String expected, String replacement) {
    return "ignoring " + name + "=" + value + " (expected " + expected + "), using " + replacement;
  }
}
