package io.baton.instrumentation.executors;

import static io.baton.instrumentation.executors.Traced.assertChildrenOfParent;
import static io.baton.instrumentation.executors.Traced.hasCurrentSpan;
import static io.baton.instrumentation.executors.Traced.underParent;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.core.testing.TestAgent;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ThreadStartTest {

  @BeforeAll
  static void installAgent() {
    TestAgent.install();
  }

  @BeforeEach
  void reset() {
    TestAgent.reset();
  }

  @Test
  void aNewThreadRunsUnderTheStartersSpan() throws Exception {
    underParent(() -> {
      Thread thread = new Thread(Traced::childSpan);
      thread.start();
      thread.join();
    });

    assertChildrenOfParent(1);
  }

  @Test
  void aThreadStartedWithoutASpanHasNone() throws Exception {
    AtomicReference<Boolean> sawSpan = new AtomicReference<>();
    Thread thread = new Thread(() -> sawSpan.set(hasCurrentSpan()));
    thread.start();
    thread.join();

    assertFalse(sawSpan.get());
  }

  /** A pool growing while a request submits must not run its worker's whole life under that request. */
  @Test
  void aPoolWorkerStartedDuringARequestDoesNotKeepThatRequestsContext() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    AtomicReference<Boolean> laterTaskSawSpan = new AtomicReference<>();
    CountDownLatch firstRan = new CountDownLatch(1);
    try {
      underParent(() -> pool.execute(firstRan::countDown));
      assertTrue(firstRan.await(10, TimeUnit.SECONDS));
      pool.submit(() -> laterTaskSawSpan.set(hasCurrentSpan())).get();
    } finally {
      pool.shutdownNow();
    }

    assertFalse(laterTaskSawSpan.get());
  }
}
