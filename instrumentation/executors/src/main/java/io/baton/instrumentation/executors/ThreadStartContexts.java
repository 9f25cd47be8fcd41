package io.baton.instrumentation.executors;

import io.opentelemetry.context.Context;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The context of the code that called {@code new Thread(task).start()}, from {@code start()}
 * until the new thread enters {@code Thread.run()}. Only exact {@code java.lang.Thread}s take
 * part: subclasses (pool workers of frameworks, ForkJoin workers) usually run a loop of unrelated
 * tasks and replace {@code run()} anyway, and a JDK pool's worker start is suppressed (see
 * {@link SubmittingContext}). Entries live for the few microseconds of a thread's start.
 */
final class ThreadStartContexts {

  private static final Map<Thread, Context> STARTING = new ConcurrentHashMap<>();

  private ThreadStartContexts() {}

  static void starting(Thread thread) {
    if (thread.getClass() != Thread.class) {
      return;
    }
    Context context = SubmittingContext.current();
    if (context != null) {
      STARTING.put(thread, context);
    }
  }

  /** {@code start()} threw (already started, out of native threads): the thread will not run. */
  static void notStarted(Thread thread) {
    STARTING.remove(thread);
  }

  /** In {@code Thread.run()}: the starter's context, once, and only on the thread itself. */
  static Context running(Thread thread) {
    if (STARTING.isEmpty() || Thread.currentThread() != thread) {
      return null;
    }
    return STARTING.remove(thread);
  }
}
