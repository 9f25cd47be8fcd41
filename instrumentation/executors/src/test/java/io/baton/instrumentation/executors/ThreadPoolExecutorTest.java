package io.baton.instrumentation.executors;

import static io.baton.instrumentation.executors.Traced.assertChildrenOfParent;
import static io.baton.instrumentation.executors.Traced.childSpan;
import static io.baton.instrumentation.executors.Traced.hasCurrentSpan;
import static io.baton.instrumentation.executors.Traced.underParent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.core.testing.TestAgent;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ThreadPoolExecutorTest {

  private ThreadPoolExecutor pool;

  @BeforeAll
  static void installAgent() {
    TestAgent.install();
  }

  @BeforeEach
  void startPool() {
    TestAgent.reset();
    pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
  }

  @AfterEach
  void stopPool() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(5, TimeUnit.SECONDS);
  }

  @Test
  void executedLambdaRunsUnderTheSubmittersSpan() throws Exception {
    underParent(() -> pool.execute(Traced::childSpan));

    assertChildrenOfParent(1);
  }

  @Test
  void submittedRunnableAndCallableRunUnderTheSubmittersSpan() throws Exception {
    underParent(() -> {
      pool.submit(Traced::childSpan).get();
      pool.submit(Traced::childSpanReturningThread).get();
    });

    assertChildrenOfParent(2);
  }

  @Test
  void invokeAllAndInvokeAnyRunUnderTheSubmittersSpan() throws Exception {
    Callable<String> task = Traced::childSpanReturningThread;
    underParent(() -> {
      pool.invokeAll(List.of(task, task));
      pool.invokeAny(List.of(task));
    });

    assertChildrenOfParent(3);
  }

  @Test
  void aPooledThreadDoesNotKeepThePreviousTasksContext() throws Exception {
    AtomicReference<Boolean> firstSawSpan = new AtomicReference<>();
    AtomicReference<Boolean> secondSawSpan = new AtomicReference<>();
    underParent(() -> pool.submit(() -> firstSawSpan.set(hasCurrentSpan())).get());

    pool.submit(() -> secondSawSpan.set(hasCurrentSpan())).get();
    pool.execute(() -> { });

    assertTrue(firstSawSpan.get(), "the task submitted under a span sees it");
    assertFalse(secondSawSpan.get(), "the next task on the same pooled thread sees no span");
  }

  @Test
  void aPlainTaskQueuedUnderASpanCanStillBeRemovedByTheApplication() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    pool.execute(() -> await(release));
    Runnable queued = Traced::childSpan;

    underParent(() -> pool.execute(queued));
    boolean removed = pool.remove(queued);
    release.countDown();

    assertTrue(removed);
    assertTrue(pool.getQueue().isEmpty());
  }

  @Test
  void aCancelledFutureNeverRunsAndLeavesNoContextOnTheWorker() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    pool.execute(() -> await(release));
    AtomicReference<Boolean> ran = new AtomicReference<>(false);
    AtomicReference<Boolean> nextSawSpan = new AtomicReference<>();

    underParent(() -> {
      Future<?> cancelled = pool.submit(() -> ran.set(true));
      cancelled.cancel(false);
      pool.purge();
    });
    release.countDown();
    pool.submit(() -> nextSawSpan.set(hasCurrentSpan())).get();

    assertFalse(ran.get());
    assertFalse(nextSawSpan.get());
    assertTrue(pool.getQueue().isEmpty(), "purge removed the cancelled future");
  }

  @Test
  void aRejectedTaskReachesTheHandlerAsTheApplicationsOwnTask() throws Exception {
    AtomicReference<Runnable> rejected = new AtomicReference<>();
    ThreadPoolExecutor full =
        new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new SynchronousQueue<>(), (task, executor) -> rejected.set(task));
    CountDownLatch release = new CountDownLatch(1);
    full.execute(() -> await(release));
    Runnable task = Traced::childSpan;
    try {
      underParent(() -> full.execute(task));
    } finally {
      release.countDown();
      full.shutdown();
    }

    assertSame(task, rejected.get());
  }

  @Test
  void theDefaultRejectionStillThrowsToTheApplication() throws Exception {
    ExecutorService stopped = Executors.newSingleThreadExecutor();
    stopped.shutdown();

    assertThrows(RejectedExecutionException.class, () -> underParent(() -> stopped.execute(Traced::childSpan)));
  }

  @Test
  void shutdownNowHandsBackTheApplicationsOwnTasks() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    pool.execute(() -> await(release));
    Runnable queued = Traced::childSpan;
    underParent(() -> pool.execute(queued));

    List<Runnable> neverRun = pool.shutdownNow();
    release.countDown();

    assertEquals(List.of(queued), neverRun);
  }

  static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
