package io.baton.instrumentation.jul;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.SimpleFormatter;

/** Formats each record on its own thread once the gate opens, like an async handler would. */
public final class HandOffHandler extends Handler {

  static final BlockingQueue<String> LINES = new LinkedBlockingQueue<>();
  static volatile CountDownLatch gate = new CountDownLatch(0);

  private final ExecutorService worker = Executors.newSingleThreadExecutor();

  public HandOffHandler() {
    setFormatter(new SimpleFormatter());
  }

  @Override
  public void publish(LogRecord record) {
    CountDownLatch waitFor = gate;
    worker.execute(() -> {
      try {
        waitFor.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      LINES.add(getFormatter().format(record).trim());
    });
  }

  static String next() throws InterruptedException {
    String line = LINES.poll(10, TimeUnit.SECONDS);
    if (line == null) {
      throw new AssertionError("the hand-off handler wrote nothing");
    }
    return line;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    worker.shutdown();
  }
}
