package io.baton.instrumentation.executors;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import java.util.concurrent.ForkJoinTask;
import net.bytebuddy.asm.Advice;

/**
 * {@code ForkJoinTask.doExec()}, where every pool (and every helping joiner) runs a task: the
 * context it was handed over with is current while it runs, the previous one afterwards.
 */
public final class ForkJoinTaskExecAdvice {

  private ForkJoinTaskExecAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  public static Scope enter(@Advice.This ForkJoinTask<?> task) {
    Context context = ForkJoinTaskContexts.take(task);
    return context == null ? null : context.makeCurrent();
  }

  @Advice.OnMethodExit(inline = false, onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.Enter Scope scope) {
    if (scope != null) {
      scope.close();
    }
  }
}
