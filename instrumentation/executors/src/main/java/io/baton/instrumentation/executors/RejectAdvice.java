package io.baton.instrumentation.executors;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * {@code ThreadPoolExecutor.reject(task)}: the rejection handler gets the application's own task
 * back (handlers cast it, log it, run it on the caller, who has the context anyway); our wrapper,
 * and the context in it, is dropped right there.
 */
public final class RejectAdvice {

  private RejectAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  @Advice.AssignReturned.ToArguments(@Advice.AssignReturned.ToArguments.ToArgument(value = 0, typing = Assigner.Typing.DYNAMIC))
  public static Runnable enter(@Advice.Argument(0) Runnable task) {
    return TaskWrapping.unwrap(task);
  }
}
