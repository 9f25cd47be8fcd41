package io.baton.core.bridge;

import io.baton.core.log.AgentLog;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An application that registers its own SDK as {@code GlobalOpenTelemetry} while the agent runs.
 * The agent keeps serving {@code GlobalOpenTelemetry.get()}, so the operator must learn, once,
 * why the application's exporter configuration has no effect there.
 */
public final class GlobalInstallAttempts {

  private static final AtomicBoolean warned = new AtomicBoolean();

  private GlobalInstallAttempts() {}

  /** Called for each ignored {@code GlobalOpenTelemetry.set}; warns on the first only. */
  public static void ignored(String applicationOpenTelemetryClass) {
    if (warned.compareAndSet(false, true)) {
      AgentLog.warn("the application called GlobalOpenTelemetry.set(" + applicationOpenTelemetryClass
          + "); ignored: while the Baton agent runs, GlobalOpenTelemetry is the agent's pipeline"
          + " (its exporter, sampler and propagators). Run without -javaagent to use your own SDK"
          + " globally, or remove the set call.");
    }
  }

  static void resetForTest() {
    warned.set(false);
  }
}
