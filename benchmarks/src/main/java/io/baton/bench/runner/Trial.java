package io.baton.bench.runner;

import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One run of the app under one variant: launch and time the first response, warm up until the
 * JIT has settled, measure a closed-loop window with CPU, allocation and exported-span counters
 * read on both sides of it, then read the heap after GC and the peak RSS, and stop the JVM. Or a
 * launch that only times the first response.
 */
final class Trial {

  private final Options options;
  private final HttpClient client;
  private final OtlpSink sink;
  private final String kafka;
  private final String topic;
  private final String appClassPath;
  private final Path workDir;

  Trial(Options options, HttpClient client, OtlpSink sink, String kafka, String topic, String appClassPath, Path workDir) {
    this.options = options;
    this.client = client;
    this.sink = sink;
    this.kafka = kafka;
    this.topic = topic;
    this.appClassPath = appClassPath;
    this.workDir = workDir;
  }

  RunResult run(Variant variant, int round) throws Exception {
    try (AppProcess app = launch(variant, variant.label() + "-round" + round + ".log")) {
      LoadGenerator load = new LoadGenerator(client, app.uri("/work"), options.connections);
      int warmedSeconds = warmUp(app, load);

      AppStats before = app.stats(false);
      long spansBefore = sink.spansReceived();
      long receiverCpuBefore = sink.cpuNanos();
      MachineCpu machineBefore = MachineCpu.read();
      LoadGenerator.Result window = load.run(Duration.ofSeconds(options.measureSeconds));
      MachineCpu machineAfter = MachineCpu.read();
      long receiverCpu = sink.cpuNanos() - receiverCpuBefore;
      AppStats after = app.stats(false);
      long spans = sink.spansReceived() - spansBefore;
      AppStats afterGc = app.stats(true);

      double requests = Math.max(1, window.requests());
      double seconds = window.elapsedNanos / 1e9;
      return startupFigures(new RunResult(variant, round), app)
          .put(Metric.WARMUP, warmedSeconds)
          .put(Metric.THROUGHPUT, window.requestsPerSecond())
          .put(Metric.LATENCY_P50, window.percentileMillis(50))
          .put(Metric.LATENCY_P99, window.percentileMillis(99))
          .put(Metric.CPU_PER_REQUEST, (after.cpuNanos - before.cpuNanos) / 1e3 / requests)
          .put(Metric.MACHINE_CPU_PER_REQUEST, machineBusySeconds(machineBefore, machineAfter, seconds) * 1e6 / requests)
          .put(Metric.RECEIVER_CPU_PER_REQUEST, receiverCpu / 1e3 / requests)
          .put(Metric.MACHINE_IDLE, machineIdleShare(machineBefore, machineAfter) * 100)
          .put(Metric.JIT_DURING_MEASURE, (after.jitMillis - before.jitMillis) / seconds)
          .put(Metric.ALLOCATED_PER_REQUEST, (after.allocatedBytes - before.allocatedBytes) / 1024.0 / requests)
          .put(Metric.GC_PAUSES_DURING_MEASURE, (after.gcCount - before.gcCount) / seconds)
          .put(Metric.GC_PAUSE_TIME_DURING_MEASURE, (after.gcMillis - before.gcMillis) / seconds)
          .put(Metric.PEAK_RSS, app.peakRssKib() / 1024.0)
          .put(Metric.HEAP_AFTER_GC, afterGc.heapUsedBytes / (1024.0 * 1024))
          .put(Metric.NON_HEAP_COMMITTED, afterGc.nonHeapCommittedBytes / (1024.0 * 1024))
          .put(Metric.SPANS_PER_REQUEST, spans / requests)
          .put(Metric.CONSUMED_PER_REQUEST, (after.consumed - before.consumed) / requests)
          .put(Metric.FAILED_REQUESTS, window.errors);
    }
  }

  private static double machineBusySeconds(MachineCpu before, MachineCpu after, double seconds) {
    return before == null || after == null ? Double.NaN : after.busySecondsSince(before, seconds);
  }

  private static double machineIdleShare(MachineCpu before, MachineCpu after) {
    return before == null || after == null ? Double.NaN : after.idleShareSince(before);
  }

  /** A launch that only measures start-up: the JVM is stopped once it has answered. */
  RunResult startupOnly(Variant variant, int round, int launch) throws Exception {
    try (AppProcess app = launch(variant, variant.label() + "-round" + round + "-startup" + launch + ".log")) {
      return startupFigures(new RunResult(variant, round, launch), app);
    }
  }

  private AppProcess launch(Variant variant, String logName) throws Exception {
    int port = Ports.free();
    return AppProcess.launch(
        AppProcess.command(variant, options, appClassPath, port, kafka, topic, sink.endpoint(), workDir),
        port, workDir.resolve(logName), client);
  }

  private static RunResult startupFigures(RunResult result, AppProcess app) {
    return result
        .put(Metric.STARTUP, app.startupMillis())
        .put(Metric.STARTUP_CPU, app.startupCpuMillis())
        .put(Metric.STARTUP_CPU_JIT, app.startupThreadCpu().jitMillis)
        .put(Metric.STARTUP_CPU_GC, app.startupThreadCpu().gcMillis)
        .put(Metric.PEAK_RSS_AT_STARTUP, app.startupPeakRssMib());
  }

  /**
   * The load, with the stats page read every second beside it. The window is bracketed by two
   * stats reads; when the first one was also the page's first, the JIT's profiles of Tomcat's
   * and the agent's hottest methods had only ever seen the load's servlet, and the new one
   * deoptimized them: their C2 re-compiles (about 0.4 s of compiler time each for
   * {@code StandardWrapperValve.invoke} and Baton's server-span start) landed in the window.
   * Methods falling back from C2 in the window's first 5 s: 8 and 11 before (no agent, Baton), 0
   * and 2 with these reads (JFR compilation events, one run each).
   */
  private int warmUp(AppProcess app, LoadGenerator load) throws Exception {
    ScheduledExecutorService statsReader = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "warm-up-stats");
      thread.setDaemon(true);
      return thread;
    });
    statsReader.scheduleWithFixedDelay(() -> {
      try {
        app.stats(false);
      } catch (Exception ignored) {
        // a missed read changes nothing: the next one comes a second later
      }
    }, 0, 1, TimeUnit.SECONDS);
    try {
      return loadUntilJitSettled(app, load);
    } finally {
      statsReader.shutdownNow();
      statsReader.awaitTermination(30, TimeUnit.SECONDS);
    }
  }

  private int loadUntilJitSettled(AppProcess app, LoadGenerator load) throws Exception {
    return WarmUpPlan.of(options).warmUp(new WarmUpPlan.Load() {
      @Override
      public void run(int seconds) throws Exception {
        load.run(Duration.ofSeconds(seconds));
      }

      @Override
      public double runWatchingJit(int seconds) throws Exception {
        AppStats before = app.stats(false);
        long start = System.nanoTime();
        load.run(Duration.ofSeconds(seconds));
        AppStats after = app.stats(false);
        return (after.jitMillis - before.jitMillis) / ((System.nanoTime() - start) / 1e9);
      }
    });
  }
}
