package io.baton.instrumentation.executors;

import io.opentelemetry.context.Context;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Future;

/**
 * Decides, at hand-over time, whether a task gets a context-carrying wrapper. Without a context
 * worth carrying the task is returned as is: no allocation on that path.
 */
final class TaskWrapping {

  private TaskWrapping() {}

  /**
   * For {@code execute(Runnable)}-like entry points. A {@code CompletableFuture} task is wrapped
   * (its identity is internal). Other {@link ForkJoinTask}s keep their identity (callers join
   * them) and park their context in {@link ForkJoinTaskContexts}. Left alone: other {@link
   * Future}s (a {@code FutureTask} captured its context when it was built, and the queue must
   * keep holding the very object the application may {@code remove} or {@code cancel}), our own
   * wrappers, {@link Comparable} tasks (a priority queue compares them with each other, a wrapper
   * would break that) and virtual-thread continuations (the virtual thread carries the context).
   */
  static Runnable forExecute(Runnable task) {
    if (task == null || task instanceof ContextRunnable) {
      return task;
    }
    Context context = SubmittingContext.current();
    if (context == null) {
      return task;
    }
    if (task instanceof CompletableFuture.AsynchronousCompletionTask) {
      return new ContextRunnable(context, task);
    }
    if (task instanceof ForkJoinTask) {
      ForkJoinTaskContexts.remember((ForkJoinTask<?>) task, context);
      return task;
    }
    if (task instanceof Future || task instanceof Comparable || isVirtualThreadContinuation(task)) {
      return task;
    }
    return new ContextRunnable(context, task);
  }

  /** For what a {@code FutureTask} or a new thread will run. */
  static Runnable forTask(Runnable task) {
    if (task == null || task instanceof ContextRunnable) {
      return task;
    }
    Context context = SubmittingContext.current();
    return context == null ? task : new ContextRunnable(context, task);
  }

  static <V> Callable<V> forTask(Callable<V> task) {
    if (task == null || task instanceof ContextCallable) {
      return task;
    }
    Context context = SubmittingContext.current();
    return context == null ? task : new ContextCallable<>(context, task);
  }

  /** {@code invokeAll}/{@code invokeAny}: a copy with each task wrapped, or the same collection. */
  static <V> Collection<? extends Callable<V>> forTasks(Collection<? extends Callable<V>> tasks) {
    Context context = SubmittingContext.current();
    if (context == null || tasks == null) {
      return tasks;
    }
    List<Callable<V>> wrapped = new ArrayList<>(tasks.size());
    for (Callable<V> task : tasks) {
      wrapped.add(task == null || task instanceof ContextCallable ? task : new ContextCallable<>(context, task));
    }
    return wrapped;
  }

  /**
   * A {@code CompletableFuture} async stage: remember the declaring code's context in the
   * stage's executor; {@code null} (a synchronous stage) stays {@code null}.
   */
  static Executor forAsyncStage(Executor executor) {
    if (executor == null || executor instanceof ContextExecutor) {
      return executor;
    }
    Context context = SubmittingContext.current();
    return context == null ? executor : new ContextExecutor(context, executor);
  }

  /** The application's own task, for code that hands queued tasks back to the application. */
  static Runnable unwrap(Runnable task) {
    return task instanceof ContextRunnable ? ((ContextRunnable) task).task : task;
  }

  /**
   * The JDK schedules a virtual thread's continuation as a lambda of {@code VirtualThread}: it
   * runs on a carrier thread whose context nobody sees.
   */
  private static boolean isVirtualThreadContinuation(Runnable task) {
    return task.getClass().getName().startsWith("java.lang.VirtualThread");
  }
}
