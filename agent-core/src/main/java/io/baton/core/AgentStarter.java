package io.baton.core;

import io.baton.core.api.Tracing;
import io.baton.core.config.AgentConfig;
import io.baton.core.instrumentation.InstrumentationInstaller;
import io.baton.core.instrumentation.InstrumentationModules;
import io.baton.core.log.AgentLog;
import io.baton.core.sdk.SdkPipeline;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import java.lang.instrument.Instrumentation;
import java.util.concurrent.TimeUnit;

/**
 * Entry point called by agent-bootstrap inside the agent's class loader. Nothing thrown here
 * reaches the application's {@code main}.
 *
 * <p>By default premain returns at once and the agent starts on a background thread: Byte Buddy
 * and the OpenTelemetry SDK cost a few hundred milliseconds of class loading that would otherwise
 * delay the application's start, and the SDK initialises {@code java.util.logging}, which must not
 * happen before the application's {@code main} has had a chance to configure it. Classes loaded
 * meanwhile are retransformed when the instrumentations install, so nothing is missed but spans of
 * the first moments. {@code baton.startup.synchronous=true} starts everything inside premain
 * instead, for short-lived programs that must trace from their first instruction.
 */
public final class AgentStarter {

  static final long SDK_WAIT_SECONDS = 10;

  private AgentStarter() {}

  public static void start(Instrumentation inst, ClassLoader agentLoader, String agentArgs) {
    try {
      AgentConfig config = AgentConfig.fromSystem();
      AgentConfig.set(config);
      AgentLog.setDebug(config.debug());
      if (config.getBoolean("baton.startup.synchronous", false)) {
        startTracing(inst, agentLoader, config);
      } else {
        Thread starter = new Thread(
            () -> {
              startTracing(inst, agentLoader, config);
              warmUp();
            },
            "baton-start");
        starter.setDaemon(true);
        starter.setContextClassLoader(agentLoader);
        starter.start();
      }
    } catch (Throwable t) {
      AgentLog.warn("agent failed to start, the application runs untraced", t);
    }
  }

  /** The SDK is built on a second thread while Byte Buddy installs: both mostly load classes. */
  static void startTracing(Instrumentation inst, ClassLoader agentLoader, AgentConfig config) {
    try {
      long start = System.nanoTime();
      long startCpu = threadCpuNanos();
      SdkBuild sdk = new SdkBuild(agentLoader);
      newDaemon(sdk, agentLoader).start();
      InstrumentationInstaller.install(inst, agentLoader, InstrumentationModules.enabled(agentLoader, config));
      long instrumented = System.nanoTime();
      Tracing.set(sdk.await(SDK_WAIT_SECONDS));
      AgentLog.debug("started in " + millisSince(start) + " ms (instrumentations " + (instrumented - start) / 1_000_000
          + " ms using " + (threadCpuNanos() - startCpu) / 1_000_000 + " ms of CPU, then waited "
          + millisSince(instrumented) + " ms for the SDK)");
    } catch (Throwable t) {
      AgentLog.warn("agent failed to start, the application runs untraced", t);
    }
  }

  /** Off the application's threads: only in the background start. */
  private static void warmUp() {
    if (Tracing.openTelemetry() instanceof OpenTelemetrySdk) {
      SdkPipeline.warmUp((OpenTelemetrySdk) Tracing.openTelemetry());
    }
  }

  /**
   * The SDK being built on its own thread. A plain thread rather than a {@code CompletableFuture}:
   * that class starts {@code ForkJoinPool}, which the executors instrumentation would then have to
   * retransform (JDK 17, idle application: {@code ForkJoinPool} and {@code ForkJoinTask} were
   * retransformed only because of this).
   */
  private static final class SdkBuild implements Runnable {
    private final ClassLoader agentLoader;
    private OpenTelemetrySdk sdk;
    private Throwable failure;

    SdkBuild(ClassLoader agentLoader) {
      this.agentLoader = agentLoader;
    }

    @Override
    public void run() {
      OpenTelemetrySdk built = null;
      Throwable failed = null;
      try {
        built = SdkPipeline.start(agentLoader);
      } catch (Throwable t) {
        failed = t;
      }
      synchronized (this) {
        sdk = built;
        failure = failed;
        notifyAll();
      }
    }

    synchronized OpenTelemetrySdk await(long seconds) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      while (sdk == null && failure == null) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new IllegalStateException("the OpenTelemetry SDK was not built within " + seconds + " s");
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
      if (failure != null) {
        throw new IllegalStateException("the OpenTelemetry SDK could not be built", failure);
      }
      return sdk;
    }
  }

  private static Thread newDaemon(Runnable task, ClassLoader agentLoader) {
    Thread thread = new Thread(task, "baton-sdk-init");
    thread.setDaemon(true);
    thread.setContextClassLoader(agentLoader);
    return thread;
  }

  /**
   * CPU time is what the installation takes from the application; wall time depends on the
   * machine's load. Only measured for the debug line: the management classes it needs are a
   * start-up cost of their own in an application that never loads them.
   */
  private static long threadCpuNanos() {
    if (!AgentLog.isDebug()) {
      return 0;
    }
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
