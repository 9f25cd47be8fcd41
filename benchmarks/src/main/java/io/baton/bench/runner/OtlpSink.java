package io.baton.bench.runner;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

/**
 * A collector that accepts OTLP/HTTP trace exports and throws them away, answering 200 with an
 * empty (valid) protobuf response. It only counts the spans, to show that an agent really traced
 * and to relate its costs to the number of spans it made. It runs on the app's machine, so it
 * also reports the CPU its threads used: a cost of the agent's output that the app does not see.
 */
final class OtlpSink implements AutoCloseable {

  private final HttpServer server;
  private final AtomicLong spans = new AtomicLong();
  private final AtomicLong unreadable = new AtomicLong();
  /** The handler threads, and the server's dispatcher, which accepts and reads the headers. */
  private final List<Thread> threads = new CopyOnWriteArrayList<>();

  private OtlpSink(HttpServer server) {
    this.server = server;
  }

  static OtlpSink start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    OtlpSink sink = new OtlpSink(server);
    server.createContext("/", sink::accept);
    server.setExecutor(Executors.newFixedThreadPool(2, task -> {
      Thread thread = new Thread(task, "otlp-sink");
      thread.setDaemon(true);
      sink.threads.add(thread);
      return thread;
    }));
    Set<Thread> dispatchersBefore = dispatchers();
    server.start();
    // start() starts the server's one dispatcher thread; any other server's is already running
    Set<Thread> ours = dispatchers();
    ours.removeAll(dispatchersBefore);
    sink.threads.addAll(ours);
    return sink;
  }

  /** The JDK's server names its dispatcher thread so. */
  private static Set<Thread> dispatchers() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().equals("HTTP-Dispatcher"))
        .collect(Collectors.toSet());
  }

  String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  long spansReceived() {
    return spans.get();
  }

  /** CPU time the receiver's threads have used so far. */
  long cpuNanos() {
    ThreadMXBean mxBean = ManagementFactory.getThreadMXBean();
    long nanos = 0;
    for (Thread thread : threads) {
      nanos += Math.max(0, mxBean.getThreadCpuTime(thread.getId()));
    }
    return nanos;
  }

  /** Exports whose spans could not be counted (should stay 0). */
  long unreadableExports() {
    return unreadable.get();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void accept(HttpExchange exchange) throws IOException {
    boolean gzip = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"));
    try (InputStream body = gzip ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
      byte[] request = body.readAllBytes();
      if (exchange.getRequestURI().getPath().endsWith("/v1/traces")) {
        spans.addAndGet(OtlpSpanCounter.count(request));
      }
    } catch (RuntimeException | IOException e) {
      unreadable.incrementAndGet();
    }
    exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
    exchange.sendResponseHeaders(200, -1);
    exchange.close();
  }
}
