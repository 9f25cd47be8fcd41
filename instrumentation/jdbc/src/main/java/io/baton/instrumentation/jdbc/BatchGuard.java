package io.baton.instrumentation.jdbc;

import io.baton.core.api.CallDepth;

/**
 * Re-entrancy for {@code addBatch}: a pool's proxy forwards it to the driver's statement, and only
 * the outermost statement (the one the application will execute) must record it.
 */
final class BatchGuard {

  private static final CallDepth DEPTH = CallDepth.forKey("jdbc-batch");

  private BatchGuard() {}

  static boolean enter() {
    return DEPTH.enter() == 0;
  }

  static void exit() {
    DEPTH.exit();
  }
}
