package io.baton.instrumentation.executors;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * {@code ThreadPoolExecutor.execute(Runnable)}, {@code ForkJoinPool.execute/submit(Runnable..)}:
 * the task the pool queues carries the caller's context.
 */
public final class ExecuteRunnableAdvice {

  private ExecuteRunnableAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  @Advice.AssignReturned.ToArguments(@Advice.AssignReturned.ToArguments.ToArgument(value = 0, typing = Assigner.Typing.DYNAMIC))
  public static Runnable enter(@Advice.Argument(0) Runnable task) {
    return TaskWrapping.forExecute(task);
  }
}
