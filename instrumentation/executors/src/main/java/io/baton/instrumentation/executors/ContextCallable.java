package io.baton.instrumentation.executors;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.concurrent.Callable;

/** The {@link Callable} twin of {@link ContextRunnable}. */
final class ContextCallable<V> implements Callable<V> {

  final Context context;
  final Callable<V> task;

  ContextCallable(Context context, Callable<V> task) {
    this.context = context;
    this.task = task;
  }

  @Override
  public V call() throws Exception {
    try (Scope ignored = context.makeCurrent()) {
      return task.call();
    }
  }

  @Override
  public String toString() {
    return task.toString();
  }
}
