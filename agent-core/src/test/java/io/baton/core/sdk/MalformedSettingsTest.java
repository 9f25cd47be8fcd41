package io.baton.core.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import io.opentelemetry.sdk.autoconfigure.spi.ConfigurationException;
import io.opentelemetry.sdk.autoconfigure.spi.internal.DefaultConfigProperties;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MalformedSettingsTest {

  private static final ClassLoader LOADER = MalformedSettingsTest.class.getClassLoader();

  @Test
  void usableValuesAndUnsetSettingsAreLeftToAutoconfigure() {
    assertTrue(dropped(Map.of()).isEmpty());
    assertTrue(dropped(settings(
        "otel.bsp.max.queue.size", "4096",
        "otel.bsp.schedule.delay", "500ms",
        "otel.bsp.export.timeout", "30000",
        "otel.span.attribute.count.limit", "0",
        "otel.traces.sampler", "parentbased_traceidratio",
        "otel.traces.sampler.arg", "0.25",
        "otel.exporter.otlp.protocol", "grpc",
        "otel.exporter.otlp.traces.compression", "gzip",
        "otel.exporter.otlp.endpoint", "https://collector.example:4318",
        "otel.exporter.otlp.traces.endpoint", "http://otel_collector:4318/v1/traces",
        "otel.exporter.otlp.headers", "authorization=Basic%20dXNlcg==,x-tenant=shop",
        "otel.resource.attributes", "team=payments,deployment.environment.name=test",
        "otel.java.exporter.memory_mode", "IMMUTABLE_DATA")).isEmpty());
  }

  @Test
  void eachMalformedValueIsSetBackToTheDefault() {
    Map<String, String> dropped = dropped(settings(
        "otel.bsp.max.queue.size", "2k",
        "otel.bsp.max.export.batch.size", "0",
        "otel.bsp.schedule.delay", "soon",
        "otel.span.event.count.limit", "-1",
        "otel.exporter.otlp.timeout", "10 parsecs",
        "otel.exporter.otlp.protocol", "http",
        "otel.exporter.otlp.compression", "zip",
        "otel.exporter.otlp.endpoint", "http://collector:4318?x=1",
        "otel.exporter.otlp.traces.endpoint", "localhost:4318",
        "otel.exporter.otlp.headers", "api-key=%zz",
        "otel.resource.attributes", "team",
        "otel.java.exporter.memory_mode", "fast"));

    Map<String, String> expected = settings(
        "otel.bsp.max.queue.size", "",
        "otel.bsp.max.export.batch.size", "",
        "otel.bsp.schedule.delay", "",
        "otel.span.event.count.limit", "",
        "otel.exporter.otlp.timeout", "",
        "otel.exporter.otlp.protocol", "http/protobuf",
        "otel.exporter.otlp.compression", "none",
        "otel.exporter.otlp.endpoint", "http://localhost:4318",
        "otel.exporter.otlp.traces.endpoint", "http://localhost:4318/v1/traces",
        "otel.exporter.otlp.headers", "",
        "otel.resource.attributes", "",
        "otel.java.exporter.memory_mode", "reusable_data");
    assertEquals(expected, dropped, "numbers, durations and maps blanked (read as unset), strings given their defaults");
  }

  @Test
  void anUnknownSamplerBecomesTheDefaultOneAndARatioOutOfRangeIsDropped() {
    assertEquals(Map.of("otel.traces.sampler", "parentbased_always_on"), dropped(Map.of("otel.traces.sampler", "sometimes")));
    assertEquals(Map.of("otel.traces.sampler.arg", ""),
        dropped(Map.of("otel.traces.sampler", "traceidratio", "otel.traces.sampler.arg", "2")));
    assertTrue(dropped(Map.of("otel.traces.sampler", "always_on", "otel.traces.sampler.arg", "unused")).isEmpty(),
        "only the ratio samplers read the argument");
  }

  @Test
  void anEmptyStringSettingGetsItsDefaultWhileAnEmptyNumberIsAlreadyUnset() {
    assertEquals(settings("otel.exporter.otlp.endpoint", "http://localhost:4318", "otel.exporter.otlp.protocol", "http/protobuf"),
        dropped(settings("otel.exporter.otlp.endpoint", "", "otel.exporter.otlp.protocol", "", "otel.bsp.max.queue.size", "")));
  }

  @Test
  void aMalformedPerSignalSettingFallsBackToTheGeneralOne() {
    assertEquals(settings("otel.exporter.otlp.traces.protocol", "grpc", "otel.exporter.otlp.traces.compression", "gzip",
            "otel.exporter.otlp.traces.endpoint", "https://collector.example:4317"),
        dropped(settings(
            "otel.exporter.otlp.protocol", "grpc", "otel.exporter.otlp.traces.protocol", "grpc+tls",
            "otel.exporter.otlp.compression", "gzip", "otel.exporter.otlp.traces.compression", "brotli",
            "otel.exporter.otlp.endpoint", "https://collector.example:4317", "otel.exporter.otlp.traces.endpoint", "collector")));
    assertEquals(settings("otel.exporter.otlp.traces.endpoint", "https://collector.example/otlp/v1/traces"),
        dropped(settings("otel.exporter.otlp.endpoint", "https://collector.example/otlp/",
            "otel.exporter.otlp.traces.endpoint", "https://collector.example/otlp/v1/traces#x")));
  }

  @Test
  void theSdkStartsOnTheOtherSettingsWhereAutoconfigureAloneRefusesThemAll() {
    Map<String, String> settings = settings(
        "otel.traces.exporter", "otlp",
        "otel.metrics.exporter", "none",
        "otel.logs.exporter", "none",
        "otel.bsp.max.queue.size", "2k",
        "otel.traces.sampler", "traceidratio",
        "otel.traces.sampler.arg", "half",
        "otel.exporter.otlp.protocol", "http",
        "otel.exporter.otlp.compression", "zip",
        "otel.exporter.otlp.traces.endpoint", "localhost:4318",
        "otel.exporter.otlp.headers", "x",
        "otel.java.exporter.memory_mode", "fast",
        "otel.exporter.otlp.endpoint", "",
        "otel.resource.attributes", "team");

    assertThrows(ConfigurationException.class, () -> sdk(settings).build());

    AutoConfiguredOpenTelemetrySdk sdk =
        sdk(settings).addPropertiesCustomizer(config -> MalformedSettings.dropped(config, LOADER)).build();
    try {
      Sampler sampler = sdk.getOpenTelemetrySdk().getSdkTracerProvider().getSampler();
      assertEquals(Sampler.traceIdRatioBased(1.0).getDescription(), sampler.getDescription(),
          "the ratio sampler the user chose, at the SDK's default ratio");
    } finally {
      sdk.getOpenTelemetrySdk().shutdown();
    }
  }

  private static AutoConfiguredOpenTelemetrySdkBuilder sdk(Map<String, String> settings) {
    return AutoConfiguredOpenTelemetrySdk.builder().disableShutdownHook().addPropertiesSupplier(() -> settings);
  }

  private static Map<String, String> dropped(Map<String, String> settings) {
    return MalformedSettings.dropped(DefaultConfigProperties.createFromMap(settings), LOADER);
  }

  private static Map<String, String> settings(String... namesAndValues) {
    Map<String, String> settings = new HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      settings.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return settings;
  }
}
