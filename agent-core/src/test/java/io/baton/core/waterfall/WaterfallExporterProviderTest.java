package io.baton.core.waterfall;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WaterfallExporterProviderTest {

  @Test
  void otelTracesExporterWaterfallIsFoundByAutoconfigure() {
    OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.builder()
        .disableShutdownHook()
        .addPropertiesSupplier(() -> Map.of(
            "otel.traces.exporter", "waterfall",
            "otel.metrics.exporter", "none",
            "otel.logs.exporter", "none"))
        .build()
        .getOpenTelemetrySdk();
    try {
      assertTrue(sdk.getSdkTracerProvider().toString().contains("WaterfallSpanExporter"), sdk.getSdkTracerProvider().toString());
    } finally {
      sdk.close();
    }
  }
}
