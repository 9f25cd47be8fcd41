package io.baton.instrumentation.executors;

import java.util.concurrent.Callable;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/** {@code ForkJoinPool.submit(Callable)}: the pool adapts our wrapper instead of the bare callable. */
public final class SubmitCallableAdvice {

  private SubmitCallableAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  @Advice.AssignReturned.ToArguments(@Advice.AssignReturned.ToArguments.ToArgument(value = 0, typing = Assigner.Typing.DYNAMIC))
  public static Callable<?> enter(@Advice.Argument(0) Callable<?> task) {
    return TaskWrapping.forTask(task);
  }
}
