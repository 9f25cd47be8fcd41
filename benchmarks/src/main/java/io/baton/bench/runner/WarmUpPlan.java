package io.baton.bench.runner;

/**
 * How long the load runs before the measured window: the minimum, then 10 s steps until a step's
 * JIT compile time per second is down to the settled rate, or the cap is reached. The minimum's
 * last 10 s count as the first step, so an app that has settled by then stops at the minimum.
 */
final class WarmUpPlan {

  static final int STEP_SECONDS = 10;

  /** The app under load, as the warm-up drives it. */
  interface Load {
    /** Runs the load for that long, unwatched. */
    void run(int seconds) throws Exception;

    /** Runs the load for that long and returns the JIT's compile time per second meanwhile. */
    double runWatchingJit(int seconds) throws Exception;
  }

  private final int minimum;
  private final int step;
  private final int max;
  private final double settledJitMillisPerSecond;

  WarmUpPlan(int minimumSeconds, int maxSeconds, double settledJitMillisPerSecond) {
    this.minimum = Math.max(0, minimumSeconds);
    this.step = Math.min(STEP_SECONDS, minimum);
    this.max = Math.max(minimum, maxSeconds);
    this.settledJitMillisPerSecond = settledJitMillisPerSecond;
  }

  static WarmUpPlan of(Options options) {
    return new WarmUpPlan(options.warmupSeconds, options.maxWarmupSeconds, options.settledJitMillisPerSecond);
  }

  /** Warms up and returns the seconds of load it took. */
  int warmUp(Load load) throws Exception {
    int warmed = minimum - step;
    load.run(warmed);
    while (step > 0) {
      int seconds = Math.min(step, max - warmed);
      double jitMillisPerSecond = load.runWatchingJit(seconds);
      warmed += seconds;
      if (warmed >= max || jitMillisPerSecond <= settledJitMillisPerSecond) {
        break;
      }
    }
    return warmed;
  }

  /** For the report's header. */
  String describe() {
    return String.format("warm-up %d s, then until the JIT compiles <= %.0f ms/s (at most %d s)",
        minimum, settledJitMillisPerSecond, max);
  }
}
