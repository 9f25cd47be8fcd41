package io.baton.instrumentation.executors;

import io.opentelemetry.context.Context;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.ForkJoinTask;

/**
 * Contexts of application {@link ForkJoinTask}s between {@code fork}/{@code submit}/{@code
 * invoke} and their execution. Such a task cannot be wrapped (the caller joins that very object)
 * and the JDK class cannot get a field (retransformation), so the context waits here, keyed
 * weakly by the task: a task that never runs (cancelled, pool shut down) leaves nothing behind
 * once it is unreachable. Entries are taken out when the task starts.
 *
 * <p>Cost: a lock per put and per task execution while entries exist; nothing but a volatile
 * read otherwise, which is every task when no context is carried.
 */
final class ForkJoinTaskContexts {

  private static final Map<ForkJoinTask<?>, Context> CONTEXTS = new WeakHashMap<>();
  private static volatile boolean mayHaveEntries;

  private ForkJoinTaskContexts() {}

  static void remember(ForkJoinTask<?> task) {
    Context context = SubmittingContext.current();
    if (context != null && task != null) {
      remember(task, context);
    }
  }

  static void remember(ForkJoinTask<?> task, Context context) {
    synchronized (CONTEXTS) {
      CONTEXTS.put(task, context);
      mayHaveEntries = true;
    }
  }

  /** The context the task was handed over with, once; {@code null} if none. */
  static Context take(ForkJoinTask<?> task) {
    if (!mayHaveEntries) {
      return null;
    }
    synchronized (CONTEXTS) {
      Context context = CONTEXTS.remove(task);
      mayHaveEntries = !CONTEXTS.isEmpty();
      return context;
    }
  }
}
