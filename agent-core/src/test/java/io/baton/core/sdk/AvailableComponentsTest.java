package io.baton.core.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.sdk.autoconfigure.spi.internal.DefaultConfigProperties;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AvailableComponentsTest {

  private static final ClassLoader LOADER = AvailableComponentsTest.class.getClassLoader();

  @Test
  void theOpenTelemetryAgentsExtraPropagatorsAndOurExportersAreAllHere() {
    Map<String, String> kept = AvailableComponents.kept(config(Map.of(
        "otel.propagators", "tracecontext,baggage,b3,b3multi,jaeger,ottrace",
        "otel.traces.exporter", "otlp,console,logging,waterfall")), LOADER);

    assertTrue(kept.isEmpty(), () -> "nothing to drop, got " + kept);
  }

  @Test
  void namesThisJarLacksAreDroppedAndTheOthersKeptInOrder() {
    Map<String, String> kept = AvailableComponents.kept(config(Map.of(
        "otel.propagators", "xray,tracecontext,b3",
        "otel.traces.exporter", "otlp,zipkin")), LOADER);

    assertEquals(Map.of("otel.propagators", "tracecontext,b3", "otel.traces.exporter", "otlp"), kept);
  }

  @Test
  void aPrometheusMetricsExporterIsDroppedRatherThanCostingTheTraces() {
    Map<String, String> kept = AvailableComponents.kept(config(Map.of(
        "otel.metrics.exporter", "prometheus", "otel.logs.exporter", "otlp")), LOADER);

    assertEquals(Map.of("otel.metrics.exporter", "none"), kept);
  }

  @Test
  void nothingLeftMeansNoneRatherThanSomethingTheUserDidNotAskFor() {
    assertEquals(Map.of("otel.traces.exporter", "none"),
        AvailableComponents.kept("otel.traces.exporter", List.of("zipkin"), Set.of("otlp", "none")));
  }

  @Test
  void unsetLeavesAutoconfiguresDefaults() {
    assertTrue(AvailableComponents.kept(config(Map.of()), LOADER).isEmpty());
  }

  private static DefaultConfigProperties config(Map<String, String> properties) {
    return DefaultConfigProperties.createFromMap(properties);
  }
}
