package io.baton.instrumentation.executors;

import java.util.concurrent.ForkJoinTask;
import net.bytebuddy.asm.Advice;

/** {@code ForkJoinTask.fork()}: another worker may steal the subtask; its context waits aside. */
public final class ForkAdvice {

  private ForkAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  public static void enter(@Advice.This ForkJoinTask<?> task) {
    ForkJoinTaskContexts.remember(task);
  }
}
