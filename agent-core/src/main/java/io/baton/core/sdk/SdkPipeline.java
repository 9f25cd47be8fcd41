package io.baton.core.sdk;

import io.baton.core.config.AgentConfig;
import io.baton.core.log.AgentLog;
import io.baton.core.propagation.StandardPropagators;
import io.opentelemetry.common.ComponentLoader;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdkBuilder;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Builds the OpenTelemetry SDK from the standard {@code otel.*} properties and {@code OTEL_*}
 * variables with the SDK's own autoconfigure, so every setting means what OpenTelemetry users
 * expect, and with the resource detectors the OpenTelemetry Java agent ships (host, OS, process,
 * runtime, container, service name from the application's jar), found through the same
 * ServiceLoader lookup. Our only departures are defaults: OTLP over http/protobuf (as the
 * OpenTelemetry Java agent), and no metrics or logs exporters until Baton produces metrics and logs.
 */
public final class SdkPipeline {

  static final long SHUTDOWN_FLUSH_SECONDS = 5;

  private SdkPipeline() {}

  public static OpenTelemetrySdk start(ClassLoader agentLoader) {
    SpanAccounting accounting = new SpanAccounting();
    SdkLogBridge.install();
    OpenTelemetrySdk sdk;
    try {
      sdk = builder(agentLoader, accounting).build().getOpenTelemetrySdk();
    } catch (RuntimeException badConfiguration) {
      AgentLog.warn("invalid OpenTelemetry configuration, tracing is off: " + badConfiguration.getMessage());
      return OpenTelemetrySdk.builder().build();
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdown(sdk, accounting), "baton-shutdown"));
    return sdk;
  }

  static AutoConfiguredOpenTelemetrySdkBuilder builder(ClassLoader agentLoader, SpanAccounting accounting) {
    return AutoConfiguredOpenTelemetrySdk.builder()
        .setComponentLoader(new DeferredSenderLoader(ComponentLoader.forClassLoader(agentLoader)))
        .disableShutdownHook()
        .addPropertiesSupplier(SdkPipeline::defaults)
        .addPropertiesCustomizer(RelocatedProviderNames::rewritten)
        .addPropertiesCustomizer(config -> AvailableComponents.kept(config, agentLoader))
        .addPropertiesCustomizer(config -> MalformedSettings.dropped(config, agentLoader))
        // called once per otel.propagators entry: ours replace the stock W3C ones (see StandardPropagators)
        .addPropagatorCustomizer((configured, config) -> StandardPropagators.replaceStock(configured))
        .addSpanExporterCustomizer((exporter, config) -> accounting.wrap(exporter))
        .addSpanProcessorCustomizer((processor, config) -> accounting.countEnded(processor))
        .addTracerProviderCustomizer(
            (tracerProvider, config) ->
                AgentLog.isDebug() ? tracerProvider.addSpanProcessor(new DebugSpanLogger()) : tracerProvider);
  }

  /** Ours, then the configuration file's over them; system properties and the environment override both. */
  static Map<String, String> defaults() {
    Map<String, String> defaults = new HashMap<>();
    defaults.put("otel.exporter.otlp.protocol", "http/protobuf");
    defaults.put("otel.metrics.exporter", "none");
    defaults.put("otel.logs.exporter", "none");
    if ("waterfall".equals(AgentConfig.get().getString("otel.traces.exporter", ""))) {
      // a developer at a terminal wants the tree when the request ends, not 5 s later
      defaults.put("otel.bsp.schedule.delay", "500");
    }
    defaults.putAll(AgentConfig.get().fileSettings());
    return defaults;
  }

  /** Best effort: a failure here only means the first requests load those classes themselves. */
  public static void warmUp(OpenTelemetrySdk sdk) {
    try {
      SdkWarmup.run(sdk);
    } catch (Throwable t) {
      AgentLog.debug("warm-up skipped: " + t);
    }
  }

  /** Flushes what is queued, waiting a bounded time: a dead collector must not hold the JVM's exit. */
  static void shutdown(OpenTelemetrySdk sdk, SpanAccounting accounting) {
    try {
      sdk.shutdown().join(SHUTDOWN_FLUSH_SECONDS, TimeUnit.SECONDS);
    } catch (Throwable ignored) {
      // the JVM is exiting; the summary below still tells what was lost
    }
    String summary = accounting.lossSummary();
    if (summary != null) {
      AgentLog.warn(summary);
    }
  }
}
