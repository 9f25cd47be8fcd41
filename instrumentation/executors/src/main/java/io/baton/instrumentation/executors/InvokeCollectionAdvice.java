package io.baton.instrumentation.executors;

import java.util.Collection;
import java.util.concurrent.Callable;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/** {@code ForkJoinPool.invokeAll/invokeAny(tasks..)}: every task carries the caller's context. */
public final class InvokeCollectionAdvice {

  private InvokeCollectionAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  @Advice.AssignReturned.ToArguments(@Advice.AssignReturned.ToArguments.ToArgument(value = 0, typing = Assigner.Typing.DYNAMIC))
  public static Collection<? extends Callable<Object>> enter(@Advice.Argument(0) Collection<? extends Callable<Object>> tasks) {
    return TaskWrapping.forTasks(tasks);
  }
}
