package io.baton.instrumentation.executors;

import net.bytebuddy.asm.Advice;

/**
 * Around JDK code that creates something outliving the caller's request: a periodic task
 * ({@code scheduleAtFixedRate}, {@code scheduleWithFixedDelay}) or a pool's worker thread
 * ({@code ThreadPoolExecutor.addWorker}). Nothing created there captures the caller's context:
 * a periodic task's runs start without a context (each run is its own trace, not a child of the
 * request that happened to schedule it, forever), and a worker thread does not run its whole
 * life under the request that made the pool grow.
 */
public final class OutlivesCallerAdvice {

  private OutlivesCallerAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  public static void enter() {
    SubmittingContext.beginSuppression();
  }

  @Advice.OnMethodExit(inline = false, onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit() {
    SubmittingContext.endSuppression();
  }
}
