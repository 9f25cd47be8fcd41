package io.baton.instrumentation.executors;

import java.util.concurrent.Callable;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/** {@code new FutureTask(Callable)}: see {@link FutureTaskRunnableAdvice}. */
public final class FutureTaskCallableAdvice {

  private FutureTaskCallableAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  @Advice.AssignReturned.ToArguments(@Advice.AssignReturned.ToArguments.ToArgument(value = 0, typing = Assigner.Typing.DYNAMIC))
  public static Callable<?> enter(@Advice.Argument(0) Callable<?> task) {
    return TaskWrapping.forTask(task);
  }
}
