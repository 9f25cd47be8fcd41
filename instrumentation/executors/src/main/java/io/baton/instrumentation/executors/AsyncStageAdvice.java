package io.baton.instrumentation.executors;

import java.util.concurrent.Executor;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * The constructor of {@code CompletableFuture}'s async stages ({@code UniCompletion}, also under
 * every two-source stage): the stage's executor remembers the declaring code's context.
 */
public final class AsyncStageAdvice {

  private AsyncStageAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  @Advice.AssignReturned.ToArguments(@Advice.AssignReturned.ToArguments.ToArgument(value = 0, typing = Assigner.Typing.DYNAMIC))
  public static Executor enter(@Advice.Argument(0) Executor executor) {
    return TaskWrapping.forAsyncStage(executor);
  }
}
