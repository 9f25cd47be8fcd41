package io.baton.core.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.sdk.autoconfigure.spi.internal.DefaultConfigProperties;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelocatedProviderNamesTest {

  private static final String RELOCATED = "io.baton.shaded.otel.";

  @Test
  void openTelemetryProviderNamesAreRewrittenToTheRelocatedClasses() {
    DefaultConfigProperties config = DefaultConfigProperties.createFromMap(Map.of(
        "otel.java.disabled.resource.providers",
        "io.opentelemetry.instrumentation.resources.HostResourceProvider, com.acme.RackResourceProvider"));

    Map<String, String> rewritten = RelocatedProviderNames.rewritten(config, RELOCATED);

    assertEquals(
        Map.of("otel.java.disabled.resource.providers",
            "io.baton.shaded.otel.instrumentation.resources.HostResourceProvider,com.acme.RackResourceProvider"),
        rewritten);
  }

  @Test
  void bothListsAreRewritten() {
    DefaultConfigProperties config = DefaultConfigProperties.createFromMap(Map.of(
        "otel.java.enabled.resource.providers", "io.opentelemetry.instrumentation.resources.OsResourceProvider",
        "otel.java.disabled.resource.providers", "io.opentelemetry.instrumentation.resources.HostResourceProvider"));

    Map<String, String> rewritten = RelocatedProviderNames.rewritten(config, RELOCATED);

    assertEquals(RELOCATED + "instrumentation.resources.OsResourceProvider",
        rewritten.get("otel.java.enabled.resource.providers"));
    assertEquals(RELOCATED + "instrumentation.resources.HostResourceProvider",
        rewritten.get("otel.java.disabled.resource.providers"));
  }

  @Test
  void nothingIsOverriddenWhenTheListsAreUnset() {
    assertTrue(RelocatedProviderNames.rewritten(DefaultConfigProperties.createFromMap(Map.of()), RELOCATED).isEmpty());
  }

  @Test
  void unrelocatedClassesNeedNoRewriting() {
    DefaultConfigProperties config = DefaultConfigProperties.createFromMap(Map.of(
        "otel.java.disabled.resource.providers", "io.opentelemetry.instrumentation.resources.HostResourceProvider"));

    assertEquals("io.opentelemetry.", OpenTelemetryPackage.prefix(), "tests run on the unrelocated SDK");
    assertTrue(RelocatedProviderNames.rewritten(config).isEmpty());
  }
}
