package io.baton.core.testing;

import java.lang.ref.WeakReference;

/** For tests that check the agent lets go of something: collection is asked for, never forced. */
public final class GarbageCollection {

  private GarbageCollection() {}

  /** Asks for collections for up to about a second, until {@code reference} is cleared. */
  public static void awaitCleared(WeakReference<?> reference) throws InterruptedException {
    for (int i = 0; i < 50 && reference.get() != null; i++) {
      System.gc();
      Thread.sleep(20);
    }
  }
}
