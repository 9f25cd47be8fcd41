package io.baton.core.waterfall;

import io.opentelemetry.sdk.autoconfigure.spi.ConfigProperties;
import io.opentelemetry.sdk.autoconfigure.spi.traces.ConfigurableSpanExporterProvider;
import io.opentelemetry.sdk.trace.export.SpanExporter;

/**
 * Makes {@code otel.traces.exporter=waterfall} (alone, or next to {@code otlp}) known to the SDK's
 * autoconfigure. Settings: {@code baton.waterfall.color} (auto, always, never),
 * {@code baton.waterfall.charset} (auto, unicode, ascii), {@code baton.waterfall.bar.width},
 * {@code baton.waterfall.max.traces}, {@code baton.waterfall.max.spans}.
 */
public final class WaterfallExporterProvider implements ConfigurableSpanExporterProvider {

  static final int DEFAULT_BAR_WIDTH = 40;
  static final int DEFAULT_MAX_TRACES = 256;
  static final int DEFAULT_MAX_SPANS = 4096;

  @Override
  public String getName() {
    return "waterfall";
  }

  @Override
  public SpanExporter createExporter(ConfigProperties config) {
    TerminalStyle style = TerminalStyle.detect(
        config.getString("baton.waterfall.charset", "auto"), config.getString("baton.waterfall.color", "auto"));
    WaterfallRenderer renderer = new WaterfallRenderer(style, config.getInt("baton.waterfall.bar.width", DEFAULT_BAR_WIDTH));
    TraceBuffer buffer = new TraceBuffer(
        config.getInt("baton.waterfall.max.traces", DEFAULT_MAX_TRACES),
        config.getInt("baton.waterfall.max.spans", DEFAULT_MAX_SPANS));
    return WaterfallSpanExporter.toStderr(buffer, renderer);
  }
}
