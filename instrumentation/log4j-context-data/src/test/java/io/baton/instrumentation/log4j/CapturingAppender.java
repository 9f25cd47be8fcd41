package io.baton.instrumentation.log4j;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.apache.logging.log4j.core.config.plugins.Plugin;
import org.apache.logging.log4j.core.config.plugins.PluginAttribute;
import org.apache.logging.log4j.core.config.plugins.PluginElement;
import org.apache.logging.log4j.core.config.plugins.PluginFactory;

/**
 * A real Log4j appender whose "file" is a queue: each line is what the configured layout wrote,
 * and the thread that wrote it. A gate can hold the appender, so a test can end its span before
 * an async appender's (or async logger's) thread formats the event.
 */
@Plugin(name = "Capturing", category = "Core", elementType = Appender.ELEMENT_TYPE)
public final class CapturingAppender extends AbstractAppender {

  record Line(String text, String formattingThread) {}

  private static final Map<String, BlockingQueue<Line>> LINES = new ConcurrentHashMap<>();
  private static volatile CountDownLatch gate = new CountDownLatch(0);

  private CapturingAppender(String name, Layout<?> layout) {
    super(name, null, layout, true, Property.EMPTY_ARRAY);
  }

  @PluginFactory
  public static CapturingAppender create(
      @PluginAttribute("name") String name, @PluginElement("Layout") Layout<?> layout) {
    return new CapturingAppender(name, layout);
  }

  @Override
  public void append(LogEvent event) {
    try {
      gate.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    String text = getLayout().toSerializable(event).toString();
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

  static CountDownLatch closeGate() {
    CountDownLatch closed = new CountDownLatch(1);
    gate = closed;
    return closed;
  }

  static void openGate() {
    gate.countDown();
  }
}
