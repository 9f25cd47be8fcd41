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
import java.util.function.Consumer;
import java.util.function.Supplier;

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
  private static final String EXTENSIONS = "otel.javaagent.extensions";

  private AgentStarter() {}

  public static void start(Instrumentation inst, ClassLoader agentLoader, String agentArgs) {
    try {
      AgentConfig config = AgentConfig.get(); // read once, by its class's initialisation
      AgentLog.setSilent(config.agentLoggingOff());
      AgentLog.setDebug(config.debug());
      if (config.configurationFileWarning() != null) {
        AgentLog.warn(config.configurationFileWarning());
      }
      if (config.getString(EXTENSIONS, null) != null) {
        // their classes would be compiled against the OpenTelemetry packages that Baton relocates
        AgentLog.warn(EXTENSIONS + " is not supported by Baton: the extensions are not loaded");
      }
      if (config.agentDisabled()) {
        AgentLog.debug("otel.javaagent.enabled=false in the configuration file: not starting");
        return;
      }
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
      SdkBuild sdk = new SdkBuild(() -> SdkPipeline.start(agentLoader));
      newDaemon(sdk, agentLoader).start();
      InstrumentationInstaller.install(inst, agentLoader, InstrumentationModules.enabled(agentLoader, config));
      long instrumented = System.nanoTime();
      OpenTelemetrySdk built = sdk.await(SDK_WAIT_SECONDS);
      if (built != null) {
        Tracing.set(built);
      } else {
        AgentLog.warn("the OpenTelemetry SDK is still starting after " + SDK_WAIT_SECONDS
            + " s (a slow host name lookup?); tracing begins when it is ready");
        sdk.whenBuilt(Tracing::set);
      }
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
   *
   * <p>Building it looks up the host's name (the resource's {@code host.name}), which a host with
   * a broken resolver can make take many seconds. Neither the application nor the installation
   * waits for that: past the wait, the SDK is handed over whenever it is ready.
   */
  static final class SdkBuild implements Runnable {
    private final Supplier<OpenTelemetrySdk> builder;
    private OpenTelemetrySdk sdk;
    private Throwable failure;
    private Consumer<OpenTelemetrySdk> lateReceiver;

    SdkBuild(Supplier<OpenTelemetrySdk> builder) {
      this.builder = builder;
    }

    @Override
    public void run() {
      OpenTelemetrySdk built = null;
      Throwable failed = null;
      try {
        built = builder.get();
      } catch (Throwable t) {
        failed = t;
      }
      Consumer<OpenTelemetrySdk> receiver;
      synchronized (this) {
        sdk = built;
        failure = failed;
        receiver = lateReceiver;
        notifyAll();
      }
      if (receiver != null) {
        handOver(receiver);
      }
    }

    /** The SDK, or null if it is not built within the wait; throws if building it failed. */
    synchronized OpenTelemetrySdk await(long seconds) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      while (sdk == null && failure == null) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return null;
        }
        TimeUnit.NANOSECONDS.timedWait(this, left);
      }
      if (failure != null) {
        throw new IllegalStateException("the OpenTelemetry SDK could not be built", failure);
      }
      return sdk;
    }

    /** Gives the SDK to {@code receiver} once built: at once if it already is, else on the building thread. */
    void whenBuilt(Consumer<OpenTelemetrySdk> receiver) {
      synchronized (this) {
        if (sdk == null && failure == null) {
          lateReceiver = receiver;
          return;
        }
      }
      handOver(receiver);
    }

    private void handOver(Consumer<OpenTelemetrySdk> receiver) {
      if (failure != null) {
        AgentLog.warn("the OpenTelemetry SDK could not be built, the application runs untraced", failure);
      } else {
        receiver.accept(sdk);
      }
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
