package io.baton.instrumentation.executors;

import static io.baton.instrumentation.executors.Traced.assertChildrenOfParent;
import static io.baton.instrumentation.executors.Traced.hasCurrentSpan;
import static io.baton.instrumentation.executors.Traced.underParent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.core.testing.TestAgent;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ScheduledThreadPoolExecutorTest {

  private ScheduledThreadPoolExecutor scheduler;

  @BeforeAll
  static void installAgent() {
    TestAgent.install();
  }

  @BeforeEach
  void startScheduler() {
    TestAgent.reset();
    scheduler = new ScheduledThreadPoolExecutor(1);
  }

  @AfterEach
  void stopScheduler() throws InterruptedException {
    scheduler.shutdownNow();
    scheduler.awaitTermination(5, TimeUnit.SECONDS);
  }

  @Test
  void delayedRunnableAndCallableRunUnderTheSchedulersSpan() throws Exception {
    underParent(() -> {
      scheduler.schedule(Traced::childSpan, 1, TimeUnit.MILLISECONDS).get();
      scheduler.schedule(Traced::childSpanReturningThread, 1, TimeUnit.MILLISECONDS).get();
    });

    assertChildrenOfParent(2);
  }

  @Test
  void executeSubmitAndInvokeAllRunUnderTheSubmittersSpan() throws Exception {
    underParent(() -> {
      scheduler.execute(Traced::childSpan);
      scheduler.submit(Traced::childSpan).get();
      scheduler.invokeAll(List.of(Traced::childSpanReturningThread));
    });

    assertChildrenOfParent(3);
  }

  /** The documented choice: a periodic task outlives the request that scheduled it. */
  @Test
  void periodicRunsStartWithoutTheSchedulersContext() throws Exception {
    ConcurrentLinkedQueue<Boolean> sawSpan = new ConcurrentLinkedQueue<>();
    CountDownLatch threeRuns = new CountDownLatch(3);
    CountDownLatch threeDelayedRuns = new CountDownLatch(3);
    underParent(() -> {
      scheduler.scheduleAtFixedRate(() -> { sawSpan.add(hasCurrentSpan()); threeRuns.countDown(); }, 0, 1, TimeUnit.MILLISECONDS);
      scheduler.scheduleWithFixedDelay(() -> { sawSpan.add(hasCurrentSpan()); threeDelayedRuns.countDown(); }, 0, 1, TimeUnit.MILLISECONDS);
    });

    assertTrue(threeRuns.await(10, TimeUnit.SECONDS) && threeDelayedRuns.await(10, TimeUnit.SECONDS));
    assertFalse(sawSpan.contains(true), "no periodic run sees the scheduling request's span");
  }

  @Test
  void aCancelledDelayedTaskIsRemovedAndNeverRuns() throws Exception {
    scheduler.setRemoveOnCancelPolicy(true);
    CountDownLatch ran = new CountDownLatch(1);
    underParent(() -> {
      ScheduledFuture<?> later = scheduler.schedule(ran::countDown, 1, TimeUnit.HOURS);
      later.cancel(false);
    });

    assertEquals(0, scheduler.getQueue().size());
    assertEquals(1, ran.getCount());
  }
}
