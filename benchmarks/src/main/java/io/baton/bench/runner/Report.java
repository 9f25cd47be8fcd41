package io.baton.bench.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Medians over the rounds, per variant, with ratios to no agent and the targets for Baton.
 * The start-up rows also count the launches that only measured start-up.
 */
final class Report {

  private static final Map<Metric, String> TARGETS = new EnumMap<>(Map.of(
      Metric.STARTUP, "<= 1.25x",
      Metric.THROUGHPUT, ">= 0.90x",
      Metric.LATENCY_P99, "<= 1.20x"));

  private final List<Variant> variants;
  private final List<RunResult> results = new ArrayList<>();

  Report(List<Variant> variants) {
    this.variants = variants;
  }

  void add(RunResult result) {
    results.add(result);
  }

  void print(PrintStream out) throws IOException {
    boolean ratios = variants.contains(Variant.NONE);
    List<Variant> compared = new ArrayList<>(variants);
    compared.remove(Variant.NONE);

    StringBuilder header = new StringBuilder(String.format("%-40s", "median of " + rounds() + " round(s)"));
    variants.forEach(v -> header.append(String.format("%11s", v.label())));
    if (ratios) {
      compared.forEach(v -> header.append(String.format("%13s", v.label() + "/none")));
      header.append(String.format("  %s", "target (baton)"));
    }
    out.println(header);
    for (Metric metric : Metric.values()) {
      StringBuilder row = new StringBuilder(String.format("%-40s", metric.title()));
      variants.forEach(v -> row.append(String.format("%11s", String.format(metric.format, median(v, metric)))));
      if (ratios) {
        for (Variant v : compared) {
          double ratio = median(v, metric) / median(Variant.NONE, metric);
          row.append(String.format("%13s", metric.ratio && Double.isFinite(ratio) ? String.format("%.2fx", ratio) : "-"));
        }
        row.append("  ").append(TARGETS.getOrDefault(metric, ""));
      }
      out.println(row.toString().stripTrailing());
    }
    StringBuilder jars = new StringBuilder(String.format("%-40s", "agent jar (MB)"));
    for (Variant v : variants) {
      jars.append(String.format("%11s", v.agentJar() == null ? "-" : String.format("%.1f", Files.size(v.agentJar()) / 1e6)));
    }
    if (ratios) {
      compared.forEach(v -> jars.append(String.format("%13s", "-")));
      jars.append("  <= 8 MB");
    }
    out.println(jars);
    printDerived(out);
    if (ratios && results.size() > variants.size()) {
      printPairedRatios(out, compared);
    }
  }

  /**
   * The ratio of each round's run to the same round's run without agent: runs of one round are
   * minutes apart, so a slow phase of a shared machine mostly cancels out, and the spread shows
   * how far a single figure can be trusted. Start-up launches pair with the same launch of the
   * same round, seconds apart.
   */
  private void printPairedRatios(PrintStream out, List<Variant> compared) {
    out.println();
    StringBuilder header = new StringBuilder(String.format("%-40s", "paired ratio to none: median [min-max]"));
    compared.forEach(v -> header.append(String.format("%24s", v.label() + "/none")));
    out.println(header);
    for (Metric metric : Metric.values()) {
      if (!metric.ratio) {
        continue;
      }
      StringBuilder row = new StringBuilder(String.format("%-40s", metric.title()));
      for (Variant v : compared) {
        double[] ratios = pairedRatios(v, metric);
        row.append(String.format("%24s", ratios.length == 0 ? "-"
            : String.format("%.2fx [%.2f-%.2f]", middle(ratios), ratios[0], ratios[ratios.length - 1])));
      }
      out.println(row);
    }
  }

  double[] pairedRatios(Variant variant, Metric metric) {
    List<Double> ratios = new ArrayList<>();
    for (RunResult run : results) {
      if (run.variant != variant) {
        continue;
      }
      for (RunResult bare : results) {
        if (bare.variant == Variant.NONE && bare.round == run.round && bare.launch == run.launch) {
          double ratio = run.get(metric) / bare.get(metric);
          if (Double.isFinite(ratio)) {
            ratios.add(ratio);
          }
        }
      }
    }
    return ratios.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  /** Targets stated relative to something else than the bare app: spans, or the other agent. */
  void printDerived(PrintStream out) {
    if (!variants.contains(Variant.NONE)) {
      return;
    }
    double allocatedNone = median(Variant.NONE, Metric.ALLOCATED_PER_REQUEST);
    StringBuilder perSpan = new StringBuilder("allocation added per span (KiB):");
    for (Variant v : variants) {
      if (v != Variant.NONE) {
        double added = (median(v, Metric.ALLOCATED_PER_REQUEST) - allocatedNone) / median(v, Metric.SPANS_PER_REQUEST);
        perSpan.append(String.format(" %s %.2f", v.label(), added));
      }
    }
    out.println(perSpan.append("  (target for baton <= 2 KB per traced hop)"));
    printFirstBatonLaunch(out);
    if (variants.containsAll(List.of(Variant.BATON, Variant.OTEL))) {
      printAddedShare(out, Metric.PEAK_RSS, "peak RSS added (MiB)");
      printAddedShare(out, Metric.PEAK_RSS_AT_STARTUP, "peak RSS added until first response (MiB)");
      double keptBaton = kept(Variant.BATON) - kept(Variant.NONE);
      double keptOtel = kept(Variant.OTEL) - kept(Variant.NONE);
      out.printf("memory kept added (MiB, heap after GC + non-heap committed): baton %+.1f, otel %+.1f, baton/otel %.0f%%%n",
          keptBaton, keptOtel, 100 * keptBaton / keptOtel);
    }
  }

  /**
   * Baton's first launch of the run found its woven-class cache empty, as on a new machine; every
   * later launch read it. The start-up medians above are of the later ones, so the first is shown.
   */
  private void printFirstBatonLaunch(PrintStream out) {
    results.stream()
        .filter(r -> r.variant == Variant.BATON)
        .min(java.util.Comparator.comparingInt((RunResult r) -> r.round).thenComparingInt(r -> r.launch))
        .ifPresent(first -> out.printf(
            "baton's first launch (its weave cache emptied before the run): start-up %.0f ms (%.2fx the no-agent median), CPU until"
                + " first response %.0f ms (%.2fx); the other launches read the cache%n",
            first.get(Metric.STARTUP), first.get(Metric.STARTUP) / median(Variant.NONE, Metric.STARTUP),
            first.get(Metric.STARTUP_CPU), first.get(Metric.STARTUP_CPU) / median(Variant.NONE, Metric.STARTUP_CPU)));
  }

  /** What each agent adds to a memory figure, and Baton's addition as a share of OpenTelemetry's. */
  private void printAddedShare(PrintStream out, Metric metric, String title) {
    double none = median(Variant.NONE, metric);
    double baton = median(Variant.BATON, metric) - none;
    double otel = median(Variant.OTEL, metric) - none;
    out.printf("%s: baton %+.0f, otel %+.0f, baton/otel %.0f%%  (target <= 40%%)%n", title, baton, otel, 100 * baton / otel);
  }

  /** What a JVM keeps whatever G1 decides about its heap's size. */
  private double kept(Variant variant) {
    return median(variant, Metric.HEAP_AFTER_GC) + median(variant, Metric.NON_HEAP_COMMITTED);
  }

  private int rounds() {
    return results.stream().mapToInt(r -> r.round).max().orElse(0);
  }

  double median(Variant variant, Metric metric) {
    double[] values = results.stream()
        .filter(r -> r.variant == variant)
        .mapToDouble(r -> r.get(metric))
        .filter(Double::isFinite)
        .sorted()
        .toArray();
    return values.length == 0 ? Double.NaN : middle(values);
  }

  /** The median of sorted values. */
  private static double middle(double[] sorted) {
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
