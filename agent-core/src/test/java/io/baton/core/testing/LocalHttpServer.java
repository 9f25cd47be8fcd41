package io.baton.core.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP/1.1 server (the JDK's) on a free local port. It remembers the headers of every
 * request. Paths: {@code /status/{code}} answers that code; {@code /slow} answers after 5 s or
 * when the test ends; {@code /gate} answers once {@link #openGate()} is called;
 * {@code /served-by} answers with two {@code X-Served-By} headers, {@code local} then {@code jdk}.
 */
public final class LocalHttpServer implements AutoCloseable {

  public record Received(String method, String path, Map<String, List<String>> headers) {
    public List<String> header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .toList();
    }
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final CountDownLatch releaseSlow = new CountDownLatch(1);
  private volatile CountDownLatch gate = new CountDownLatch(1);

  public LocalHttpServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String url(String pathAndQuery) {
    return "http://localhost:" + port() + pathAndQuery;
  }

  public Received takeRequest() throws InterruptedException {
    Received request = received.poll(10, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("the server received no request");
    }
    return request;
  }

  public void clear() {
    received.clear();
    gate = new CountDownLatch(1);
  }

  public void openGate() {
    gate.countDown();
  }

  /** A port where nothing listens: connecting is refused. */
  public static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    exchange.getRequestBody().readAllBytes();
    received.add(new Received(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders())));
    int status = 200;
    try {
      if (path.startsWith("/status/")) {
        status = Integer.parseInt(path.substring("/status/".length()));
      } else if (path.equals("/slow")) {
        releaseSlow.await(5, TimeUnit.SECONDS);
      } else if (path.equals("/gate")) {
        gate.await(10, TimeUnit.SECONDS);
      } else if (path.equals("/served-by")) {
        exchange.getResponseHeaders().add("X-Served-By", "local");
        exchange.getResponseHeaders().add("X-Served-By", "jdk");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    byte[] body = ("answered " + path).getBytes(StandardCharsets.UTF_8);
    try {
      exchange.sendResponseHeaders(status, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (IOException clientGone) {
      // the timeout tests hang up before the answer
    } finally {
      exchange.close();
    }
  }

  @Override
  public void close() {
    releaseSlow.countDown();
    gate.countDown();
    server.stop(0);
    threads.shutdownNow();
  }
}
