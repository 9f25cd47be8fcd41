package io.baton.core;

import io.baton.core.api.Tracing;
import io.baton.core.config.AgentConfig;
import io.baton.core.instrumentation.InstrumentationInstaller;
import io.baton.core.instrumentation.InstrumentationModules;
import io.baton.core.log.AgentLog;
import io.baton.core.sdk.SdkPipeline;
import java.lang.instrument.Instrumentation;

/**
 * Entry point called by agent-bootstrap inside the agent's class loader: configuration, the SDK,
 * then the instrumentations. Nothing thrown here reaches the application's {@code main}.
 */
public final class AgentStarter {

  private AgentStarter() {}

  public static void start(Instrumentation inst, ClassLoader agentLoader, String agentArgs) {
    try {
      AgentConfig config = AgentConfig.fromSystem();
      AgentConfig.set(config);
      AgentLog.setDebug(config.debug());
      long start = System.nanoTime();
      Tracing.set(SdkPipeline.start(agentLoader));
      long sdkReady = System.nanoTime();
      InstrumentationInstaller.install(inst, agentLoader, InstrumentationModules.enabled(agentLoader, config));
      long done = System.nanoTime();
      AgentLog.debug("started in " + (done - start) / 1_000_000 + " ms (SDK " + (sdkReady - start) / 1_000_000
          + " ms, instrumentations " + (done - sdkReady) / 1_000_000 + " ms)");
    } catch (Throwable t) {
      AgentLog.warn("agent failed to start, the application runs untraced", t);
    }
  }
}
