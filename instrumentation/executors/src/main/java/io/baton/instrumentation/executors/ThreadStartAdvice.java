package io.baton.instrumentation.executors;

import net.bytebuddy.asm.Advice;

/** {@code Thread.start()}: see {@link ThreadStartContexts}. */
public final class ThreadStartAdvice {

  private ThreadStartAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  public static void enter(@Advice.This Thread thread) {
    ThreadStartContexts.starting(thread);
  }

  @Advice.OnMethodExit(inline = false, onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.This Thread thread, @Advice.Thrown Throwable thrown) {
    if (thrown != null) {
      ThreadStartContexts.notStarted(thread);
    }
  }
}
