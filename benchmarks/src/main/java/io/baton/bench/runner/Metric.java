package io.baton.bench.runner;

/** What one run measures, how it prints, and whether a ratio to no agent means anything. */
enum Metric {
  STARTUP("start-up to first response", "ms", "%.0f", true),
  /** CPU the app JVM used until its first response: on a shared machine steadier than wall time. */
  STARTUP_CPU("CPU used until first response", "ms", "%.0f", true),
  /** Of that CPU, the JIT compiler threads': the cost of compiling whatever code start-up ran. */
  STARTUP_CPU_JIT("  of which JIT compiler threads", "ms", "%.0f", true),
  /** Of that CPU, the GC threads'. */
  STARTUP_CPU_GC("  of which GC threads", "ms", "%.0f", true),
  /**
   * The kernel's high-water mark when the first response came: what start-up took, before the
   * load makes G1 grow the heap of some runs and not others (see {@link #PEAK_RSS}).
   */
  PEAK_RSS_AT_STARTUP("peak RSS until first response", "MiB", "%.0f", true),
  /**
   * How long the load ran before the window: the minimum, then steps until the JIT settled. What
   * an agent adds here is JIT work a service pays once, in its first minutes.
   */
  WARMUP("warm-up until the JIT settled", "s", "%.0f", true),
  THROUGHPUT("throughput", "req/s", "%.0f", true),
  LATENCY_P50("latency p50", "ms", "%.2f", true),
  LATENCY_P99("latency p99", "ms", "%.2f", true),
  CPU_PER_REQUEST("CPU per request", "us", "%.0f", true),
  /**
   * Every process on the machine (the app, the load generator, the OTLP receiver, the Kafka
   * broker, the kernel) per request. Throughput follows this rather than the app's own CPU: on 2
   * cores they all share.
   */
  MACHINE_CPU_PER_REQUEST("  whole machine, per request", "us", "%.0f", true),
  /** The discarding OTLP receiver's threads: what the agent's exports cost the machine outside the app. */
  RECEIVER_CPU_PER_REQUEST("  of which the OTLP receiver", "us", "%.1f", false),
  /**
   * Idle share of both cores. The closed loop leaves some in every variant; when the shares match,
   * the throughput ratio is the inverse of the whole-machine CPU ratio.
   */
  MACHINE_IDLE("machine idle while measured", "%", "%.0f", false),
  /**
   * JIT compiler time within the measured window, per second of it: near 0 once the app is warm.
   * On 2 busy cores the compilers can take a whole core for a minute or more after start-up, and
   * what they take the app does not get.
   */
  JIT_DURING_MEASURE("JIT compiling while measured", "ms/s", "%.0f", false),
  ALLOCATED_PER_REQUEST("allocated per request", "KiB", "%.1f", true),
  /** What the allocation costs in pauses: every request in flight during one waits it out. */
  GC_PAUSES_DURING_MEASURE("GC pauses while measured", "per s", "%.1f", true),
  GC_PAUSE_TIME_DURING_MEASURE("  their time", "ms/s", "%.1f", true),
  /** Under load; swings by a hundred MiB between identical runs, with G1's heap sizing. */
  PEAK_RSS("peak RSS", "MiB", "%.0f", true),
  HEAP_AFTER_GC("heap used after GC", "MiB", "%.1f", true),
  /**
   * Metaspace and code cache after the measured window. With heap used after GC, what an agent
   * keeps, without the G1 heap sizing that makes peak RSS swing from run to run.
   */
  NON_HEAP_COMMITTED("non-heap committed", "MiB", "%.1f", true),
  /** Spans the collector received during the window: approximate, exports lag the spans a little. */
  SPANS_PER_REQUEST("spans exported per request", "", "%.1f", false),
  CONSUMED_PER_REQUEST("Kafka events consumed per request", "", "%.2f", false),
  FAILED_REQUESTS("failed requests", "", "%.0f", false);

  final String label;
  final String unit;
  final String format;
  final boolean ratio;

  Metric(String label, String unit, String format, boolean ratio) {
    this.label = label;
    this.unit = unit;
    this.format = format;
    this.ratio = ratio;
  }

  String title() {
    return unit.isEmpty() ? label : label + " (" + unit + ")";
  }
}
