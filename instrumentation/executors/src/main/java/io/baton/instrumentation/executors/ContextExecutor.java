package io.baton.instrumentation.executors;

import io.opentelemetry.context.Context;
import java.util.concurrent.Executor;

/**
 * The executor of one asynchronous {@code CompletableFuture} stage, remembering the context of
 * the code that declared the stage ({@code thenApplyAsync(..)}). The stage's task is handed to
 * the real executor later, by whichever thread completes the previous stage, which may have no
 * context or another request's.
 */
final class ContextExecutor implements Executor {

  final Context context;
  final Executor executor;

  ContextExecutor(Context context, Executor executor) {
    this.context = context;
    this.executor = executor;
  }

  @Override
  public void execute(Runnable task) {
    executor.execute(new ContextRunnable(context, task));
  }

  @Override
  public String toString() {
    return executor.toString();
  }
}
