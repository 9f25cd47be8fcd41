package io.baton.bench.runner;

import java.util.EnumMap;
import java.util.Map;
import java.util.StringJoiner;

/** The figures of one app JVM: one variant in one round. */
final class RunResult {

  final Variant variant;
  final int round;
  private final Map<Metric, Double> values = new EnumMap<>(Metric.class);

  RunResult(Variant variant, int round) {
    this.variant = variant;
    this.round = round;
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
    StringJoiner line = new StringJoiner(", ", "round " + round + " " + variant.label() + ": ", "");
    for (Map.Entry<Metric, Double> entry : values.entrySet()) {
      Metric metric = entry.getKey();
      line.add(metric.name().toLowerCase() + "=" + String.format(metric.format, entry.getValue()));
    }
    return line.toString();
  }
}
