package io.baton.bench.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * The whole machine's CPU ticks from {@code /proc/stat}: busy (every process, the kernel included)
 * and idle. The app shares its two cores with the load generator, the OTLP receiver and the Kafka
 * broker. With the same idle share in every variant, throughput follows what a request costs all
 * of them together, not the app alone.
 */
final class MachineCpu {

  private static final Path STAT = Paths.get("/proc/stat");

  final long busyTicks;
  final long idleTicks;
  /**
   * The CPUs {@code /proc/stat} counts, one {@code cpuN} line each: in a container with a CPU
   * quota the JVM's {@code availableProcessors()} can be fewer than the ticks come from.
   */
  final int cpus;

  MachineCpu(long busyTicks, long idleTicks, int cpus) {
    this.busyTicks = busyTicks;
    this.idleTicks = idleTicks;
    this.cpus = cpus;
  }

  /** Now, or null where there is no {@code /proc/stat} (not Linux). */
  static MachineCpu read() {
    try {
      return parse(Files.readAllLines(STAT));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  static MachineCpu parse(List<String> stat) {
    int cpus = 0;
    for (String line : stat) {
      if (line.startsWith("cpu") && line.length() > 3 && Character.isDigit(line.charAt(3))) {
        cpus++;
      }
    }
    return parse(stat.get(0), cpus);
  }

  /**
   * The aggregate line: {@code cpu user nice system idle iowait irq softirq steal guest
   * guest_nice}. Guest time is already inside user and nice, so it is not added again.
   */
  static MachineCpu parse(String aggregateLine, int cpus) {
    String[] fields = aggregateLine.trim().split("\\s+");
    if (!fields[0].equals("cpu")) {
      throw new IllegalArgumentException("not the aggregate cpu line: " + aggregateLine);
    }
    long[] ticks = new long[8];
    for (int i = 0; i < ticks.length && i + 1 < fields.length; i++) {
      ticks[i] = Long.parseLong(fields[i + 1]);
    }
    long idle = ticks[3] + ticks[4];
    long busy = ticks[0] + ticks[1] + ticks[2] + ticks[5] + ticks[6] + ticks[7];
    return new MachineCpu(busy, idle, cpus);
  }

  /**
   * Busy CPU seconds from {@code earlier} to this reading. The tick length is derived from the
   * readings themselves (all ticks of all CPUs over the elapsed time), so no clock-tick constant
   * has to be assumed.
   */
  double busySecondsSince(MachineCpu earlier, double elapsedSeconds) {
    long total = (busyTicks - earlier.busyTicks) + (idleTicks - earlier.idleTicks);
    if (total <= 0 || cpus <= 0) {
      return Double.NaN;
    }
    double ticksPerSecond = total / (cpus * elapsedSeconds);
    return (busyTicks - earlier.busyTicks) / ticksPerSecond;
  }

  /** Share of all ticks since {@code earlier} that were idle, 0 to 1. */
  double idleShareSince(MachineCpu earlier) {
    long idle = idleTicks - earlier.idleTicks;
    long total = (busyTicks - earlier.busyTicks) + idle;
    return total <= 0 ? Double.NaN : idle / (double) total;
  }
}
