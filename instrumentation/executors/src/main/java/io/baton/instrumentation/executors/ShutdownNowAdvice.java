package io.baton.instrumentation.executors;

import java.util.List;
import net.bytebuddy.asm.Advice;

/** {@code shutdownNow()} hands the never-run tasks back: the application's own, not our wrappers. */
public final class ShutdownNowAdvice {

  private ShutdownNowAdvice() {}

  @Advice.OnMethodExit(inline = false, suppress = Throwable.class)
  public static void exit(@Advice.Return List<Runnable> neverRun) {
    if (neverRun == null) {
      return;
    }
    for (int i = 0; i < neverRun.size(); i++) {
      Runnable task = neverRun.get(i);
      if (task instanceof ContextRunnable) {
        neverRun.set(i, TaskWrapping.unwrap(task));
      }
    }
  }
}
