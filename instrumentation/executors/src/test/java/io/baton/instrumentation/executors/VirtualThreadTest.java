package io.baton.instrumentation.executors;

import static io.baton.instrumentation.executors.Traced.assertChildrenOfParent;
import static io.baton.instrumentation.executors.Traced.underParent;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.baton.core.testing.TestAgent;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Virtual threads are JDK 21+ API while tests compile for 17: the two entry points are called
 * reflectively, everything after them is plain {@code ExecutorService}/{@code Thread}. Runs in
 * the JDK 25 test execution, skipped on 17.
 */
class VirtualThreadTest {

  @BeforeAll
  static void installAgent() {
    assumeTrue(Runtime.version().feature() >= 21, "virtual threads need JDK 21+");
    TestAgent.install();
  }

  @BeforeEach
  void reset() {
    TestAgent.reset();
  }

  @Test
  void virtualThreadPerTaskExecutorTasksRunUnderTheSubmittersSpan() throws Exception {
    Callable<String> task = Traced::childSpanReturningThread;
    ExecutorService executor =
        (ExecutorService) Executors.class.getMethod("newVirtualThreadPerTaskExecutor").invoke(null);
    try {
      CountDownLatch executed = new CountDownLatch(1);
      underParent(() -> {
        executor.execute(() -> { Traced.childSpan(); executed.countDown(); });
        executor.submit(Traced::childSpan).get();
        executor.submit(task).get();
        executor.invokeAll(List.of(task));
        executor.invokeAny(List.of(task));
        executed.await(10, TimeUnit.SECONDS);
      });
    } finally {
      executor.shutdown();
    }

    assertChildrenOfParent(5);
  }

  @Test
  void threadOfVirtualRunsUnderTheStartersSpan() throws Exception {
    underParent(() -> {
      Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
      Thread thread =
          (Thread) Class.forName("java.lang.Thread$Builder").getMethod("start", Runnable.class)
              .invoke(builder, (Runnable) Traced::childSpan);
      thread.join();
    });

    assertChildrenOfParent(1);
  }
}
