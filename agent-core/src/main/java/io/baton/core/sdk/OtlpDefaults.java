package io.baton.core.sdk;

import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import java.util.Map;

/**
 * What the OTLP exporter would use for one of its string settings had it not been set. Autoconfigure
 * reads an empty string as a value for these (unlike for numbers), so a malformed one must be
 * replaced by this rather than blanked. A per-signal setting
 * ({@code otel.exporter.otlp.traces.protocol}) falls back to the general one, as the exporter does.
 */
final class OtlpDefaults {

  private static final String PREFIX = "otel.exporter.otlp.";
  /** Baton's default, as the OpenTelemetry agent's (the SDK's own is grpc): see {@link SdkPipeline#defaults()}. */
  private static final String PROTOCOL = "http/protobuf";

  private OtlpDefaults() {}

  /**
   * @param replaced what has already been put in place of the user's values, consulted for the
   *     general settings a per-signal one falls back to
   */
  static String of(String name, ConfigProperties config, Map<String, String> replaced) {
    String signal = signalOf(name);
    String setting = name.substring(name.lastIndexOf('.') + 1);
    switch (setting) {
      case "protocol":
        return signal == null ? PROTOCOL : current(PREFIX + "protocol", PROTOCOL, config, replaced);
      case "compression":
        return signal == null ? "none" : current(PREFIX + "compression", "none", config, replaced);
      case "endpoint":
        return endpoint(signal, config, replaced);
      default:
        throw new IllegalArgumentException(name);
    }
  }

  private static String endpoint(String signal, ConfigProperties config, Map<String, String> replaced) {
    String generalProtocol = current(PREFIX + "protocol", PROTOCOL, config, replaced);
    String protocol = signal == null ? generalProtocol : current(PREFIX + signal + ".protocol", generalProtocol, config, replaced);
    boolean grpc = "grpc".equals(protocol);
    String standard = grpc ? "http://localhost:4317" : "http://localhost:4318";
    if (signal == null) {
      return standard;
    }
    // the general endpoint comes first in MalformedSettings' order, so it is already replaced if malformed
    String base = current(PREFIX + "endpoint", standard, config, replaced);
    if (grpc) {
      return base;
    }
    // over HTTP the general endpoint is a base to which the exporter appends the signal's path
    return (base.endsWith("/") ? base : base + "/") + "v1/" + signal;
  }

  /** The setting as autoconfigure will read it: what replaced the user's value, the value, or the default. */
  private static String current(String name, String fallback, ConfigProperties config, Map<String, String> replaced) {
    String value = replaced.containsKey(name) ? replaced.get(name) : config.getString(name);
    return value == null || value.isEmpty() ? fallback : value;
  }

  /** {@code traces} for {@code otel.exporter.otlp.traces.endpoint}; null for the general settings. */
  private static String signalOf(String name) {
    String rest = name.substring(PREFIX.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? null : rest.substring(0, dot);
  }
}
