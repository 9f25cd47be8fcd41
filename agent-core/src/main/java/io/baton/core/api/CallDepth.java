package io.baton.core.api;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A per-thread nesting counter for one API. A connection pool wrapping a driver, or a driver
 * calling its own public methods, re-enters the instrumented method; only the outermost call
 * (depth 0) may start a span. Shared by key, not by class, because the same API can be
 * instrumented from advice loaded in several application class loaders.
 */
public final class CallDepth {

  private static final ConcurrentMap<String, CallDepth> BY_KEY = new ConcurrentHashMap<>();

  private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

  private CallDepth() {}

  public static CallDepth forKey(String key) {
    return BY_KEY.computeIfAbsent(key, k -> new CallDepth());
  }

  /** Returns the depth before entering: 0 means this is the outermost call. */
  public int enter() {
    return depth.get()[0]++;
  }

  /** Returns the depth after leaving: 0 means the outermost call just ended. */
  public int exit() {
    int[] counter = depth.get();
    return counter[0] > 0 ? --counter[0] : 0;
  }
}
