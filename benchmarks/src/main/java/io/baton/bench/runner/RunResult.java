package io.baton.bench.runner;

import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The figures of one app JVM: one variant in one round. Launch 0 is the round's full run; launches
 * 1 and up only measured start-up, so every other figure of theirs is missing (NaN).
 */
final class RunResult {

  final Variant variant;
  final int round;
  final int launch;
  private final Map<Metric, Double> values = new EnumMap<>(Metric.class);

  RunResult(Variant variant, int round) {
    this(variant, round, 0);
  }

  RunResult(Variant variant, int round, int launch) {
    this.variant = variant;
    this.round = round;
    this.launch = launch;
  }

  RunResult put(Metric metric, double value) {
    values.put(metric, value);
    return this;
  }

  double get(Metric metric) {
    return values.getOrDefault(metric, Double.NaN);
  }

  /** One progress line, so a long run shows what it is doing and raw values stay on record. */
  String summary() {
    String run = launch == 0 ? "round " + round : "round " + round + " start-up " + launch;
    StringJoiner line = new StringJoiner(", ", run + " " + variant.label() + ": ", "");
    for (Map.Entry<Metric, Double> entry : values.entrySet()) {
      Metric metric = entry.getKey();
      line.add(metric.name().toLowerCase() + "=" + String.format(metric.format, entry.getValue()));
    }
    return line.toString();
  }
}
