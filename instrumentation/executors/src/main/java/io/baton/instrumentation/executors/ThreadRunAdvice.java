package io.baton.instrumentation.executors;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import net.bytebuddy.asm.Advice;

/** {@code Thread.run()} on the new thread: the starter's context is current for the thread's task. */
public final class ThreadRunAdvice {

  private ThreadRunAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  public static Scope enter(@Advice.This Thread thread) {
    Context context = ThreadStartContexts.running(thread);
    return context == null ? null : context.makeCurrent();
  }

  @Advice.OnMethodExit(inline = false, onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.Enter Scope scope) {
    if (scope != null) {
      scope.close();
    }
  }
}
