package io.baton.core.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.sdk.autoconfigure.spi.internal.DefaultConfigProperties;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AvailablePropagatorsTest {

  private static final ClassLoader LOADER = AvailablePropagatorsTest.class.getClassLoader();

  @Test
  void theOpenTelemetryAgentsExtraPropagatorsAreAllHere() {
    Map<String, String> kept = AvailablePropagators.kept(
        config("tracecontext,baggage,b3,b3multi,jaeger,ottrace"), LOADER);

    assertTrue(kept.isEmpty(), () -> "nothing to drop, got " + kept);
  }

  @Test
  void aPropagatorThisJarLacksIsDroppedAndTheOthersKeptInOrder() {
    Map<String, String> kept = AvailablePropagators.kept(config("xray,tracecontext,b3"), LOADER);

    assertEquals(Map.of("otel.propagators", "tracecontext,b3"), kept);
  }

  @Test
  void nothingLeftMeansNoPropagationRatherThanHeadersTheUserDidNotAskFor() {
    assertEquals(Map.of("otel.propagators", "none"),
        AvailablePropagators.kept(List.of("xray", "custom"), Set.of("tracecontext", "baggage", "none")));
  }

  @Test
  void unsetLeavesAutoconfiguresDefault() {
    assertTrue(AvailablePropagators.kept(DefaultConfigProperties.createFromMap(Map.of()), LOADER).isEmpty());
  }

  private static DefaultConfigProperties config(String propagators) {
    return DefaultConfigProperties.createFromMap(Map.of("otel.propagators", propagators));
  }
}
