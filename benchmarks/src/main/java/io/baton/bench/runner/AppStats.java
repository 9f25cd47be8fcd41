package io.baton.bench.runner;

import java.util.HashMap;
import java.util.Map;

/** One reading of the app's {@code /stats} endpoint. */
final class AppStats {

  final long cpuNanos;
  /** Total time the JIT compilers spent so far. */
  final long jitMillis;
  final long allocatedBytes;
  final long heapUsedBytes;
  /** Metaspace, compressed class space and code cache: where loaded classes and JIT code live. */
  final long nonHeapCommittedBytes;
  final long consumed;
  /** Collections so far, and the time they paused the app (ms). */
  final long gcCount;
  final long gcMillis;

  private AppStats(Map<String, Long> values) {
    this.cpuNanos = values.getOrDefault("cpuNanos", 0L);
    this.jitMillis = values.getOrDefault("jitMillis", 0L);
    this.allocatedBytes = values.getOrDefault("allocatedBytes", 0L);
    this.heapUsedBytes = values.getOrDefault("heapUsedBytes", 0L);
    this.nonHeapCommittedBytes = values.getOrDefault("nonHeapCommittedBytes", 0L);
    this.consumed = values.getOrDefault("consumed", 0L);
    this.gcCount = values.getOrDefault("gcCount", 0L);
    this.gcMillis = values.getOrDefault("gcMillis", 0L);
  }

  static AppStats parse(String body) {
    Map<String, Long> values = new HashMap<>();
    for (String line : body.split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        values.put(line.substring(0, eq).trim(), Long.parseLong(line.substring(eq + 1).trim()));
      }
    }
    return new AppStats(values);
  }
}
