package io.baton.instrumentation.executors.bench;

import io.baton.core.api.Tracing;
import io.baton.core.testing.TestAgent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cost of {@code ThreadPoolExecutor.execute(task)} on the submitting thread: ns and bytes
 * allocated per call, with and without an active context, with and without the agent. Each
 * configuration runs in its own JVM (a JVM once instrumented stays instrumented). Only the
 * {@code execute} calls are timed, while the single worker is parked (so the numbers are the
 * submitter's cost, not queue contention with the worker); the queue is drained between
 * batches, untimed. The baseline's 24 bytes/op is the {@code LinkedBlockingQueue} node.
 *
 * <pre>
 * mvn -q -o -pl instrumentation/executors -am test-compile
 * mvn -q -o -pl instrumentation/executors dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt -Dmdep.includeScope=test
 * java -cp instrumentation/executors/target/test-classes:instrumentation/executors/target/classes:$(cat /tmp/cp.txt) \
 *     io.baton.instrumentation.executors.bench.ExecuteBenchmark
 * </pre>
 */
public final class ExecuteBenchmark {

  private static final Runnable TASK = () -> { };
  private static final int BATCH = 1_000;
  private static final int WARMUP_BATCHES = 2_000;
  private static final int MEASURED_BATCHES = 5_000;

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.out.printf("%-8s %-12s %10s %10s%n", "agent", "context", "ns/op", "bytes/op");
      for (String agent : new String[] {"none", "agent"}) {
        for (String context : new String[] {"none", "span"}) {
          runChild(agent, context);
        }
      }
      return;
    }
    boolean agent = args[0].equals("agent");
    boolean withContext = args[1].equals("span");
    if (agent) {
      TestAgent.install();
    }
    ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>());
    pool.prestartAllCoreThreads();
    Span span = Tracing.tracer("bench").spanBuilder("request").startSpan();
    Scope scope = withContext ? span.makeCurrent() : null;
    measure(pool, WARMUP_BATCHES);
    long[] result = measure(pool, MEASURED_BATCHES);
    if (scope != null) {
      scope.close();
    }
    long ops = (long) MEASURED_BATCHES * BATCH;
    System.out.printf("%-8s %-12s %10.1f %10.1f%n", args[0], args[1], (double) result[0] / ops, (double) result[1] / ops);
    pool.shutdownNow();
  }

  /** Returns {nanos, bytes} spent by this thread in {@code execute} over {@code batches} batches. */
  private static long[] measure(ThreadPoolExecutor pool, int batches) throws InterruptedException {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    long nanos = 0;
    long bytes = 0;
    for (int b = 0; b < batches; b++) {
      AtomicLong gate = new AtomicLong();
      pool.execute(() -> parkUntilOpen(gate));
      while (pool.getQueue().size() > 0) {
        Thread.onSpinWait();
      }
      long bytesBefore = threads.getThreadAllocatedBytes(self);
      long start = System.nanoTime();
      for (int i = 0; i < BATCH; i++) {
        pool.execute(TASK);
      }
      nanos += System.nanoTime() - start;
      bytes += threads.getThreadAllocatedBytes(self) - bytesBefore;
      gate.set(1);
      while (!pool.getQueue().isEmpty()) {
        Thread.onSpinWait();
      }
    }
    return new long[] {nanos, bytes};
  }

  private static void parkUntilOpen(AtomicLong gate) {
    while (gate.get() == 0) {
      Thread.onSpinWait();
    }
  }

  private static void runChild(String agent, String context) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java");
    command.add("-Djdk.attach.allowAttachSelf=true");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ExecuteBenchmark.class.getName());
    command.add(agent);
    command.add(context);
    Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
    child.getInputStream().transferTo(System.out);
    child.waitFor();
  }
}
