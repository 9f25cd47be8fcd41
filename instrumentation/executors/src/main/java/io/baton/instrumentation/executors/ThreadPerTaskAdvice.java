package io.baton.instrumentation.executors;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * {@code ThreadPerTaskExecutor.newThread(task)} (JDK 21+), reached by its {@code execute}, {@code
 * submit}, {@code invokeAll} and {@code invokeAny}: the new thread's task carries the caller's
 * context, whatever kind of thread the executor's factory makes.
 */
public final class ThreadPerTaskAdvice {

  private ThreadPerTaskAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  @Advice.AssignReturned.ToArguments(@Advice.AssignReturned.ToArguments.ToArgument(value = 0, typing = Assigner.Typing.DYNAMIC))
  public static Runnable enter(@Advice.Argument(0) Runnable task) {
    return TaskWrapping.forTask(task);
  }
}
