package io.baton.instrumentation.javahttpclient.bench;

import io.baton.core.testing.TestAgent;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * ns and bytes per {@code HttpClient.send} against a local server, without and with the agent,
 * each in its own JVM. Run: {@code java -cp <test class path> ...JavaHttpClientBench [requests]}.
 * "bytes/op caller" is what the calling thread allocates; "bytes/op all" adds the client's and
 * the server's threads (same JVM), so it includes the server's own work in both runs.
 * Not a test: timings are never asserted.
 */
public final class JavaHttpClientBench {

  private static final byte[] BODY = "ok".getBytes();

  public static void main(String[] args) throws Exception {
    if (args.length > 1 && args[0].equals("child")) {
      run(args[1].equals("agent"), Integer.parseInt(args[2]));
      return;
    }
    String requests = args.length > 0 ? args[0] : "20000";
    for (String mode : List.of("no-agent", "agent")) {
      List<String> command = new ArrayList<>();
      command.add(ProcessHandle.current().info().command().orElse("java"));
      command.add("-Djdk.attach.allowAttachSelf=true");
      command.add("-XX:+UseParallelGC");
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(JavaHttpClientBench.class.getName());
      command.addAll(List.of("child", mode, requests));
      new ProcessBuilder(command).inheritIO().start().waitFor();
    }
  }

  private static void run(boolean agent, int requests) throws Exception {
    if (agent) {
      TestAgent.install();
      TestAgentState.installed = true;
    }
    // Jetty, not com.sun.net.httpserver: the latter now and then leaves a kept-alive HttpClient request unanswered
    Server server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    server.addConnector(connector);
    server.setHandler(
        new Handler.Abstract() {
          @Override
          public boolean handle(Request request, Response response, Callback callback) {
            response.setStatus(200);
            response.write(true, ByteBuffer.wrap(BODY), callback);
            return true;
          }
        });
    server.start();
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/bench"))
            .timeout(Duration.ofSeconds(10))
            .build();

    loop(client, request, requests / 2); // warm-up
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long callerBefore = threads.getCurrentThreadAllocatedBytes();
    long allBefore = allThreadsAllocated(threads);
    long start = System.nanoTime();
    loop(client, request, requests);
    long elapsed = System.nanoTime() - start;
    long callerBytes = threads.getCurrentThreadAllocatedBytes() - callerBefore;
    long allBytes = allThreadsAllocated(threads) - allBefore;
    System.out.printf(
        "java-http-client %-8s send: %,d ns/op, %,d bytes/op caller, %,d bytes/op all threads (%d requests)%n",
        agent ? "agent" : "no-agent", elapsed / requests, callerBytes / requests, allBytes / requests, requests);
    server.stop();
    System.exit(0);
  }

  private static void loop(HttpClient client, HttpRequest request, int count) throws Exception {
    for (int i = 0; i < count; i++) {
      client.send(request, HttpResponse.BodyHandlers.discarding());
      if (i % 1000 == 999 && TestAgentState.installed) {
        TestAgent.reset(); // the in-memory exporter would otherwise grow without bound
      }
    }
  }

  private static long allThreadsAllocated(com.sun.management.ThreadMXBean threads) {
    long total = 0;
    for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
      total += Math.max(bytes, 0);
    }
    return total;
  }

  /** Resetting the exporter without the agent would install nothing but still cost a lookup. */
  private static final class TestAgentState {
    static volatile boolean installed;
  }
}
