package io.baton.instrumentation.executors;

import static io.baton.instrumentation.executors.Traced.assertChildrenOfParent;
import static io.baton.instrumentation.executors.Traced.hasCurrentSpan;
import static io.baton.instrumentation.executors.Traced.underParent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.core.testing.TestAgent;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ForkJoinPoolTest {

  private ForkJoinPool pool;

  @BeforeAll
  static void installAgent() {
    TestAgent.install();
  }

  @BeforeEach
  void startPool() {
    TestAgent.reset();
    pool = new ForkJoinPool(2);
  }

  @AfterEach
  void stopPool() throws InterruptedException {
    pool.shutdownNow();
    pool.awaitTermination(5, TimeUnit.SECONDS);
  }

  @Test
  void commonPoolTasksRunUnderTheSubmittersSpan() throws Exception {
    ForkJoinPool common = ForkJoinPool.commonPool();
    CountDownLatch executed = new CountDownLatch(1);
    underParent(() -> {
      common.submit(Traced::childSpanReturningThread).get();
      common.submit(Traced::childSpan).get();
      common.execute(() -> { Traced.childSpan(); executed.countDown(); });
      assertTrue(executed.await(10, TimeUnit.SECONDS));
    });

    assertChildrenOfParent(3);
  }

  @Test
  void invokedRecursiveTaskAndEveryForkedSubtaskRunUnderTheCallersSpan() throws Exception {
    underParent(() -> assertEquals(8, pool.invoke(new CountLeaves(8))));

    assertChildrenOfParent(8);
  }

  @Test
  void submittedForkJoinTaskAndInvokeAllRunUnderTheSubmittersSpan() throws Exception {
    Callable<String> task = Traced::childSpanReturningThread;
    underParent(() -> {
      assertEquals(2, pool.submit(new CountLeaves(2)).get());
      pool.invokeAll(List.of(task, task));
      pool.invokeAny(List.of(task));
    });

    assertChildrenOfParent(5);
  }

  @Test
  void aWorkerDoesNotKeepThePreviousTasksContext() throws Exception {
    ForkJoinPool single = new ForkJoinPool(1);
    AtomicReference<Boolean> firstSawSpan = new AtomicReference<>();
    AtomicReference<Boolean> secondSawSpan = new AtomicReference<>();
    try {
      underParent(() -> single.submit(() -> firstSawSpan.set(hasCurrentSpan())).get());
      single.submit(() -> secondSawSpan.set(hasCurrentSpan())).get();
      single.invoke(new RecursiveTask<Boolean>() {
        @Override
        protected Boolean compute() {
          secondSawSpan.set(secondSawSpan.get() || hasCurrentSpan());
          return true;
        }
      });
    } finally {
      single.shutdownNow();
    }

    assertTrue(firstSawSpan.get());
    assertFalse(secondSawSpan.get());
  }

  /** Splits down to single leaves, each making a child span; forks one half, computes the other. */
  static final class CountLeaves extends RecursiveTask<Integer> {
    private final int leaves;

    CountLeaves(int leaves) {
      this.leaves = leaves;
    }

    @Override
    protected Integer compute() {
      if (leaves == 1) {
        Traced.childSpan();
        return 1;
      }
      CountLeaves left = new CountLeaves(leaves / 2);
      CountLeaves right = new CountLeaves(leaves - leaves / 2);
      left.fork();
      return right.compute() + left.join();
    }
  }
}
