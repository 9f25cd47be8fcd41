package io.baton.instrumentation.executors;

import io.opentelemetry.context.Context;

/**
 * The context worth carrying to another thread, or {@code null}. Nothing is carried when only the
 * root context is current (the agent's own exporter threads, idle application threads), and
 * nothing while a periodic task or a pool's worker thread is being set up.
 */
final class SubmittingContext {

  private static final ThreadLocal<int[]> SUPPRESSED = ThreadLocal.withInitial(() -> new int[1]);

  private SubmittingContext() {}

  static Context current() {
    Context context = Context.current();
    if (context == Context.root() || SUPPRESSED.get()[0] > 0) {
      return null;
    }
    return context;
  }

  /**
   * Around the JDK code that creates a periodic task or starts a pool worker: what is created
   * there outlives the caller's request. Always paired with {@link #endSuppression()}.
   */
  static void beginSuppression() {
    SUPPRESSED.get()[0]++;
  }

  static void endSuppression() {
    int[] depth = SUPPRESSED.get();
    if (depth[0] > 0) {
      depth[0]--;
    }
  }
}
