package io.baton.instrumentation.executors;

import static io.baton.instrumentation.executors.Traced.assertChildrenOfParent;
import static io.baton.instrumentation.executors.Traced.childSpanReturningThread;
import static io.baton.instrumentation.executors.Traced.underParent;

import io.baton.core.testing.TestAgent;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompletableFutureTest {

  private ExecutorService executor;

  @BeforeAll
  static void installAgent() {
    TestAgent.install();
  }

  @BeforeEach
  void startExecutor() {
    TestAgent.reset();
    executor = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void stopExecutor() throws InterruptedException {
    executor.shutdownNow();
    executor.awaitTermination(5, TimeUnit.SECONDS);
  }

  @Test
  void asyncStagesOnTheDefaultExecutorRunUnderTheCallersSpan() throws Exception {
    underParent(() ->
        CompletableFuture.supplyAsync(Traced::childSpanReturningThread)
            .thenApplyAsync(previous -> childSpanReturningThread())
            .thenAcceptAsync(previous -> Traced.childSpan())
            .thenCompose(ignored -> CompletableFuture.runAsync(Traced::childSpan))
            .get(10, TimeUnit.SECONDS));

    assertChildrenOfParent(4);
  }

  @Test
  void asyncStagesOnAnExplicitExecutorRunUnderTheCallersSpan() throws Exception {
    underParent(() ->
        CompletableFuture.supplyAsync(Traced::childSpanReturningThread, executor)
            .thenApplyAsync(previous -> childSpanReturningThread(), executor)
            .thenCombineAsync(CompletableFuture.completedFuture("x"), (a, b) -> childSpanReturningThread(), executor)
            .get(10, TimeUnit.SECONDS));

    assertChildrenOfParent(3);
  }

  /** The stage is declared under the span, its input completed later by a thread without one. */
  @Test
  void aStageCompletedByAnotherThreadRunsUnderTheDeclaringCodesSpan() throws Exception {
    CompletableFuture<String> input = new CompletableFuture<>();
    CompletableFuture<?>[] stages = new CompletableFuture<?>[2];
    underParent(() -> {
      stages[0] = input.thenApplyAsync(value -> childSpanReturningThread());
      stages[1] = input.thenApplyAsync(value -> childSpanReturningThread(), executor);
    });

    executor.execute(() -> input.complete("done"));
    CompletableFuture.allOf(stages).get(10, TimeUnit.SECONDS);

    assertChildrenOfParent(2);
  }
}
