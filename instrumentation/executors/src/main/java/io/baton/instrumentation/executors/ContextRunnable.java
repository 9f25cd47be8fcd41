package io.baton.instrumentation.executors;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;

/**
 * A task carrying the context current when it was handed over. Running it makes that context
 * current and, whatever the task does, puts the worker's previous context back: a pooled thread
 * never keeps a finished task's context for the next one.
 */
final class ContextRunnable implements Runnable {

  final Context context;
  final Runnable task;

  ContextRunnable(Context context, Runnable task) {
    this.context = context;
    this.task = task;
  }

  @Override
  public void run() {
    try (Scope ignored = context.makeCurrent()) {
      task.run();
    }
  }

  /** Executors put the task into messages ("Task ... rejected from ..."): show the app's task. */
  @Override
  public String toString() {
    return task.toString();
  }
}
