package io.baton.core.waterfall;

import java.util.Locale;

/** Short human durations, as in the waterfall's {@code [inventory-check: 2.8s]}. */
final class Durations {

  private Durations() {}

  static String format(long nanos, Glyphs glyphs) {
    if (nanos < 1_000L) {
      return nanos + "ns";
    }
    if (nanos < 1_000_000L) {
      return (nanos / 1_000L) + glyphs.micros;
    }
    if (nanos < 10_000_000L) {
      return oneDecimal(nanos / 1_000_000.0) + "ms";
    }
    if (nanos < 1_000_000_000L) {
      return (nanos / 1_000_000L) + "ms";
    }
    if (nanos < 60_000_000_000L) {
      return twoSignificant(nanos / 1_000_000_000.0) + "s";
    }
    long seconds = nanos / 1_000_000_000L;
    return (seconds / 60) + "m" + (seconds % 60) + "s";
  }

  private static String oneDecimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** 1.24s, 12.3s: enough precision to compare neighbours, no more. */
  private static String twoSignificant(double seconds) {
    return String.format(Locale.ROOT, seconds < 10 ? "%.2f" : "%.1f", seconds);
  }
}
