package io.baton.instrumentation.executors;

import java.util.concurrent.ForkJoinTask;
import net.bytebuddy.asm.Advice;

/** {@code ForkJoinPool.execute/submit/invoke(ForkJoinTask)}: the task keeps its identity, its context waits aside. */
public final class ForkJoinTaskHandOverAdvice {

  private ForkJoinTaskHandOverAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  public static void enter(@Advice.Argument(0) ForkJoinTask<?> task) {
    ForkJoinTaskContexts.remember(task);
  }
}
