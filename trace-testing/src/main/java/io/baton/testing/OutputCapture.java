package io.baton.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Drains one output stream of a child JVM on its own thread, so the child never blocks on a full
 * pipe, keeping the lines for assertions and a copy in a log file for post-mortems.
 */
final class OutputCapture {

  private final Object lock = new Object();
  private final List<String> lines = new ArrayList<>();
  private boolean eof;

  OutputCapture(InputStream stream, Path logFile, String threadName) {
    Thread pump = new Thread(() -> pump(stream, logFile), threadName);
    pump.setDaemon(true);
    pump.start();
  }

  private void pump(InputStream stream, Path logFile) {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8));
        Writer log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        log.write(line);
        log.write('\n');
        log.flush();
        synchronized (lock) {
          lines.add(line);
          lock.notifyAll();
        }
      }
    } catch (IOException e) {
      // the stream closes under us when the process is killed; what was read is kept
    } finally {
      synchronized (lock) {
        eof = true;
        lock.notifyAll();
      }
    }
  }

  List<String> lines() {
    synchronized (lock) {
      return List.copyOf(lines);
    }
  }

  /** The first line matching, or empty once the stream ended or the timeout passed without one. */
  Optional<String> awaitLine(Predicate<String> condition, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      int checked = 0;
      while (true) {
        for (; checked < lines.size(); checked++) {
          if (condition.test(lines.get(checked))) {
            return Optional.of(lines.get(checked));
          }
        }
        long remaining = deadline - System.nanoTime();
        if (eof || remaining <= 0) {
          return Optional.empty();
        }
        timedWait(remaining);
      }
    }
  }

  /** After the process exited: lets the pump read the last buffered lines. */
  void awaitEof(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      long remaining;
      while (!eof && (remaining = deadline - System.nanoTime()) > 0) {
        timedWait(remaining);
      }
    }
  }

  private void timedWait(long nanos) {
    try {
      TimeUnit.NANOSECONDS.timedWait(lock, nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new java.io.InterruptedIOException("interrupted reading child output"));
    }
  }
}
