package io.baton.instrumentation.executors;

import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * {@code ThreadPoolExecutor.remove(task)} for a plain task the application queued with {@code
 * execute} while a context was current: the queue holds our wrapper, so look it up by the
 * application's task. Futures are queued as themselves and skip the scan.
 */
public final class RemoveAdvice {

  private RemoveAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  @Advice.AssignReturned.ToArguments(@Advice.AssignReturned.ToArguments.ToArgument(value = 0, typing = Assigner.Typing.DYNAMIC))
  public static Runnable enter(@Advice.This ThreadPoolExecutor executor, @Advice.Argument(0) Runnable task) {
    if (task == null || task instanceof Future || task instanceof ContextRunnable) {
      return task;
    }
    for (Runnable queued : executor.getQueue()) {
      if (queued instanceof ContextRunnable && ((ContextRunnable) queued).task == task) {
        return queued;
      }
    }
    return task;
  }
}
