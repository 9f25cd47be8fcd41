package io.baton.instrumentation.executors;

import java.util.concurrent.Future;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * {@code new FutureTask(Runnable, result)}, which every {@code submit}, {@code invokeAll},
 * {@code invokeAny} and {@code schedule} of the JDK's executors builds: the context is captured
 * inside the future, so the future the application holds stays the one queued (remove, purge,
 * cancel all keep working). A future wrapping another future (a completion service's) adds
 * nothing: the inner one carries its own.
 */
public final class FutureTaskRunnableAdvice {

  private FutureTaskRunnableAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  @Advice.AssignReturned.ToArguments(@Advice.AssignReturned.ToArguments.ToArgument(value = 0, typing = Assigner.Typing.DYNAMIC))
  public static Runnable enter(@Advice.Argument(0) Runnable task) {
    return task instanceof Future ? task : TaskWrapping.forTask(task);
  }
}
