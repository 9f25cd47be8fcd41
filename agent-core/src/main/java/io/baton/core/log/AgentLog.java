package io.baton.core.log;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Agent messages on stderr behind a fixed prefix. Warnings are rate-limited: a broken collector
 * or a misbehaving library must never flood the application's logs. Deliberately not
 * java.util.logging, which would initialise the application's logging configuration early.
 */
public final class AgentLog {

  static final String PREFIX = "[baton] ";
  static final int WARNINGS_PER_MINUTE = 10;

  private static volatile boolean debug;
  private static volatile boolean silent;
  private static final AtomicLong windowStart = new AtomicLong();
  private static final AtomicInteger warningsInWindow = new AtomicInteger();
  private static final AtomicInteger suppressed = new AtomicInteger();

  private AgentLog() {}

  public static void setDebug(boolean enabled) {
    debug = enabled;
  }

  public static boolean isDebug() {
    return debug;
  }

  /** {@code otel.javaagent.logging=none}: not a line from the agent, whatever happens. */
  public static void setSilent(boolean off) {
    silent = off;
  }

  public static void debug(String message) {
    if (debug && !silent) {
      System.err.println(PREFIX + "DEBUG " + message);
    }
  }

  public static void info(String message) {
    if (silent) {
      return;
    }
    System.err.println(PREFIX + "INFO " + message);
  }

  public static void warn(String message) {
    warn(message, null);
  }

  public static void warn(String message, Throwable error) {
    if (silent || !admitWarning(System.nanoTime())) {
      return;
    }
    int dropped = suppressed.getAndSet(0);
    String tail = dropped > 0 ? " (" + dropped + " earlier warnings suppressed)" : "";
    System.err.println(PREFIX + "WARN " + message + (error == null ? "" : ": " + error) + tail);
    if (error != null && debug) {
      error.printStackTrace();
    }
  }

  static boolean admitWarning(long now) {
    long start = windowStart.get();
    if (now - start > 60_000_000_000L && windowStart.compareAndSet(start, now)) {
      warningsInWindow.set(0);
    }
    if (warningsInWindow.incrementAndGet() <= WARNINGS_PER_MINUTE) {
      return true;
    }
    suppressed.incrementAndGet();
    return false;
  }
}
