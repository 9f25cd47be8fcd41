package io.baton.testing;

import static org.junit.jupiter.api.Assertions.fail;

import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * An in-test OTLP trace collector on ephemeral loopback ports, speaking {@code http/protobuf}
 * and {@code grpc}. It decodes the real bytes with the official proto classes and keeps every
 * span with its resource and scope.
 */
public final class OtlpReceiver implements AutoCloseable {

  private final Object lock = new Object();
  private final List<ReceivedSpan> spans = new ArrayList<>();
  private int requests;
  private FailureMode failureMode = FailureMode.NONE;
  private boolean closed;

  private final OtlpHttpServer http;
  private final OtlpGrpcServer grpc;

  public OtlpReceiver() {
    try {
      http = new OtlpHttpServer(this::export);
      grpc = new OtlpGrpcServer(this::export);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the OTLP receiver", e);
    }
  }

  /**
   * The base URL for {@code otel.exporter.otlp.endpoint}: the SDK appends {@code /v1/traces} to
   * it for http/protobuf, and uses it as is for grpc.
   */
  public String endpoint(OtlpProtocol protocol) {
    return "http://" + host() + ":" + (protocol == OtlpProtocol.GRPC ? grpc.port() : http.port());
  }

  /** The full URL for {@code otel.exporter.otlp.traces.endpoint} or an exporter's {@code setEndpoint}. */
  public String tracesUrl(OtlpProtocol protocol) {
    return protocol == OtlpProtocol.GRPC ? endpoint(protocol) : endpoint(protocol) + OtlpHttpServer.TRACES_PATH;
  }

  private static String host() {
    String address = InetAddress.getLoopbackAddress().getHostAddress();
    return address.contains(":") ? "[" + address + "]" : address;
  }

  public void setFailureMode(FailureMode mode) {
    synchronized (lock) {
      failureMode = mode;
      lock.notifyAll(); // releases hanging exports
    }
  }

  /** Export requests seen on either protocol, rejected ones included. */
  public int requestCount() {
    synchronized (lock) {
      return requests;
    }
  }

  public List<ReceivedSpan> spans() {
    synchronized (lock) {
      return List.copyOf(spans);
    }
  }

  /** Forgets received spans and the request count; the failure mode stays. */
  public void clear() {
    synchronized (lock) {
      spans.clear();
      requests = 0;
    }
  }

  public List<ReceivedSpan> awaitSpans(int count, Duration timeout) {
    return awaitSpans(received -> received.size() >= count, "at least " + count + " spans", timeout);
  }

  /** Waits for the first span matching {@code condition} and returns it. */
  public ReceivedSpan awaitSpan(Predicate<ReceivedSpan> condition, String description, Duration timeout) {
    List<ReceivedSpan> received =
        awaitSpans(all -> all.stream().anyMatch(condition), "a span that is " + description, timeout);
    return received.stream().filter(condition).findFirst().orElseThrow();
  }

  /** Waits until everything received so far satisfies {@code condition}; fails with what did arrive. */
  public List<ReceivedSpan> awaitSpans(
      Predicate<List<ReceivedSpan>> condition, String description, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (true) {
        List<ReceivedSpan> snapshot = List.copyOf(spans);
        if (condition.test(snapshot)) {
          return snapshot;
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
          return fail("timed out after " + timeout + " waiting for " + description + "; "
              + requests + " export requests brought " + snapshot.size() + " spans: " + describe(snapshot));
        }
        waitOnLock(remaining);
      }
    }
  }

  private boolean export(ExportTraceServiceRequest request) throws InterruptedException {
    List<ReceivedSpan> decoded = OtlpDecoder.decode(request);
    synchronized (lock) {
      requests++;
      boolean hung = false;
      while (failureMode == FailureMode.HANG && !closed) {
        hung = true;
        lock.wait();
      }
      // a hung sender has timed out by now; keeping its spans would make them count twice on retry
      if (hung || failureMode != FailureMode.NONE || closed) {
        return false;
      }
      spans.addAll(decoded);
      lock.notifyAll();
      return true;
    }
  }

  private void waitOnLock(long nanos) {
    try {
      TimeUnit.NANOSECONDS.timedWait(lock, nanos);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      fail("interrupted while waiting for spans");
    }
  }

  static String describe(List<ReceivedSpan> spans) {
    if (spans.isEmpty()) {
      return "(none)";
    }
    StringBuilder out = new StringBuilder();
    for (ReceivedSpan span : spans) {
      out.append("\n  ").append(span);
    }
    return out.toString();
  }

  @Override
  public void close() throws InterruptedException {
    synchronized (lock) {
      closed = true;
      lock.notifyAll();
    }
    http.close();
    grpc.close();
  }
}
