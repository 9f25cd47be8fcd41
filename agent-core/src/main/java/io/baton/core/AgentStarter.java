package io.baton.core;

import io.baton.core.api.Tracing;
import io.baton.core.config.AgentConfig;
import io.baton.core.instrumentation.InstrumentationInstaller;
import io.baton.core.instrumentation.InstrumentationModules;
import io.baton.core.log.AgentLog;
import io.baton.core.sdk.SdkPipeline;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.lang.instrument.Instrumentation;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Entry point called by agent-bootstrap inside the agent's class loader: configuration, the SDK,
 * then the instrumentations. Nothing thrown here reaches the application's {@code main}.
 *
 * <p>The SDK is built on a second thread while Byte Buddy installs the instrumentations: the two
 * are independent and each costs a few hundred milliseconds of class loading. Premain still waits
 * for both, so the first traced call of the application already has the real SDK.
 */
public final class AgentStarter {

  static final long SDK_WAIT_SECONDS = 10;

  private AgentStarter() {}

  public static void start(Instrumentation inst, ClassLoader agentLoader, String agentArgs) {
    try {
      long start = System.nanoTime();
      AgentConfig config = AgentConfig.fromSystem();
      AgentConfig.set(config);
      AgentLog.setDebug(config.debug());
      CompletableFuture<OpenTelemetrySdk> sdk = buildSdkInBackground(agentLoader);
      InstrumentationInstaller.install(inst, agentLoader, InstrumentationModules.enabled(agentLoader, config));
      long instrumented = System.nanoTime();
      Tracing.set(sdk.get(SDK_WAIT_SECONDS, TimeUnit.SECONDS));
      AgentLog.debug("started in " + millisSince(start) + " ms (instrumentations " + (instrumented - start) / 1_000_000
          + " ms, then waited " + millisSince(instrumented) + " ms for the SDK)");
    } catch (Throwable t) {
      AgentLog.warn("agent failed to start, the application runs untraced", t);
    }
  }

  private static CompletableFuture<OpenTelemetrySdk> buildSdkInBackground(ClassLoader agentLoader) {
    CompletableFuture<OpenTelemetrySdk> sdk = new CompletableFuture<>();
    Thread builder =
        new Thread(
            () -> {
              try {
                sdk.complete(SdkPipeline.start(agentLoader));
              } catch (Throwable t) {
                sdk.completeExceptionally(t);
              }
            },
            "baton-sdk-init");
    builder.setDaemon(true);
    builder.setContextClassLoader(agentLoader);
    builder.start();
    return sdk;
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
