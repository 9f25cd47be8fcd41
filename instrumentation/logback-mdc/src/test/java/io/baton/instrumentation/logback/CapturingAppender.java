package io.baton.instrumentation.logback;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real Logback appender whose "file" is a queue: each line is what the configured encoder
 * wrote, and the thread that wrote it. A gate can hold the appender, so a test can end its
 * span before an async appender's worker formats the event.
 */
public final class CapturingAppender extends AppenderBase<ILoggingEvent> {

  record Line(String text, String formattingThread) {}

  private static final Map<String, BlockingQueue<Line>> LINES = new ConcurrentHashMap<>();
  private static volatile CountDownLatch gate = new CountDownLatch(0);

  private Encoder<ILoggingEvent> encoder;

  public void setEncoder(Encoder<ILoggingEvent> encoder) {
    this.encoder = encoder;
  }

  @Override
  public void start() {
    encoder.start();
    super.start();
  }

  @Override
  protected void append(ILoggingEvent event) {
    try {
      gate.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    String text = new String(encoder.encode(event), StandardCharsets.UTF_8);
    lines(getName()).add(new Line(text, Thread.currentThread().getName()));
  }

  static BlockingQueue<Line> lines(String appender) {
    return LINES.computeIfAbsent(appender, name -> new LinkedBlockingQueue<>());
  }

  static Line next(String appender) throws InterruptedException {
    Line line = lines(appender).poll(10, TimeUnit.SECONDS);
    if (line == null) {
      throw new AssertionError("appender " + appender + " wrote nothing");
    }
    return line;
  }

  static void clear() {
    LINES.values().forEach(BlockingQueue::clear);
  }

  /** Appenders block until the returned latch is counted down. */
  static CountDownLatch closeGate() {
    CountDownLatch closed = new CountDownLatch(1);
    gate = closed;
    return closed;
  }

  static void openGate() {
    gate.countDown();
  }
}
