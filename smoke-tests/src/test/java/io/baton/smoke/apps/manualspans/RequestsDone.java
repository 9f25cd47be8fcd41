package io.baton.smoke.apps.manualspans;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Tomcat tells its request listeners a request is over only after the servlet (and so the
 * agent's SERVER span around it) has returned: waiting for this, the app stops Tomcat and exits
 * with every span of the request ended. Tomcat instantiates it by name, hence public.
 */
public final class RequestsDone implements ServletRequestListener {

  private static final CountDownLatch FIRST = new CountDownLatch(1);

  @Override
  public void requestDestroyed(ServletRequestEvent event) {
    FIRST.countDown();
  }

  static boolean awaitFirst(long seconds) throws InterruptedException {
    return FIRST.await(seconds, TimeUnit.SECONDS);
  }
}
