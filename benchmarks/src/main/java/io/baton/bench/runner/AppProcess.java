package io.baton.bench.runner;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One benchmark app JVM, with or without an agent. {@link #launch} returns once the app has
 * answered its first {@code /work} request, having timed that from just before the JVM started.
 */
final class AppProcess implements AutoCloseable {

  static final String MAIN_CLASS = "io.baton.bench.app.BenchApp";

  private final Process process;
  private final String base;
  private final HttpClient client;
  private final long startupNanos;
  private final long startupCpuMillis;
  private final ThreadCpu startupThreadCpu;
  private final long startupPeakRssKib;

  private AppProcess(Process process, String base, HttpClient client, long startupNanos, long startupCpuMillis,
      ThreadCpu startupThreadCpu, long startupPeakRssKib) {
    this.process = process;
    this.base = base;
    this.client = client;
    this.startupNanos = startupNanos;
    this.startupCpuMillis = startupCpuMillis;
    this.startupThreadCpu = startupThreadCpu;
    this.startupPeakRssKib = startupPeakRssKib;
  }

  /** The command line: identical for every variant except the {@code -javaagent} flag. */
  static List<String> command(Variant variant, Options options, String classPath, int port,
      String kafka, String topic, String otlpEndpoint, Path workDir) {
    List<String> command = new ArrayList<>(List.of(options.java, "-Xmx" + options.heap));
    if (variant.agentJar() != null) {
      command.add("-javaagent:" + variant.agentJar().toAbsolutePath());
    }
    command.addAll(List.of(
        "-Dotel.service.name=bench-app",
        "-Dotel.traces.exporter=otlp",
        "-Dotel.exporter.otlp.protocol=http/protobuf",
        "-Dotel.exporter.otlp.endpoint=" + otlpEndpoint,
        "-Dotel.metrics.exporter=none",
        "-Dotel.logs.exporter=none",
        "-Dbench.port=" + port,
        "-Dbench.kafka=" + kafka,
        "-Dbench.topic=" + topic,
        "-Dbench.tomcat.dir=" + workDir.resolve("tomcat").toAbsolutePath(),
        // Baton's woven-class cache (on by default) in a place the runner empties at its start,
        // so that Baton's first launch of a run is a first start on a new machine; others ignore it
        "-Dbaton.weave-cache.dir=" + weaveCache(workDir).toAbsolutePath()));
    // for profiling runs, e.g. BENCH_APP_JVM_ARGS="-XX:StartFlightRecording=filename=app.jfr"; after
    // the flags above, so that a -D given here overrides them (the last occurrence wins)
    String extra = System.getenv("BENCH_APP_JVM_ARGS");
    if (extra != null && !extra.isBlank()) {
      command.addAll(List.of(extra.trim().split("\\s+")));
    }
    command.addAll(List.of("-cp", classPath, MAIN_CLASS));
    return command;
  }

  static Path weaveCache(Path workDir) {
    return workDir.resolve("baton-weave-cache");
  }

  static AppProcess launch(List<String> command, int port, Path log, HttpClient client) throws Exception {
    long launched = System.nanoTime();
    Process process = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
        .start();
    String base = "http://127.0.0.1:" + port;
    try {
      awaitFirstResponse(process, URI.create(base + "/work"), client, log);
    } catch (Exception e) {
      process.destroyForcibly();
      throw e;
    }
    long startupNanos = System.nanoTime() - launched;
    long cpuMillis = cpuMillis(process.pid());
    return new AppProcess(process, base, client, startupNanos, cpuMillis, ThreadCpu.of(process.pid()),
        peakRssKib(process.pid()));
  }

  double startupMillis() {
    return startupNanos / 1e6;
  }

  double startupCpuMillis() {
    return startupCpuMillis;
  }

  /** The JIT's and the GC's share of {@link #startupCpuMillis}. */
  ThreadCpu startupThreadCpu() {
    return startupThreadCpu;
  }

  /**
   * User plus system CPU of the whole process so far, from {@code /proc/<pid>/stat} (fields 14 and
   * 15, in clock ticks of 10 ms on Linux): all threads, including the JIT compilers and the GC.
   */
  private static long cpuMillis(long pid) throws IOException {
    return ThreadCpu.cpuMillis(Files.readString(Paths.get("/proc", Long.toString(pid), "stat")));
  }

  URI uri(String path) {
    return URI.create(base + path);
  }

  AppStats stats(boolean gcFirst) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri(gcFirst ? "/stats?gc=true" : "/stats"))
        .timeout(Duration.ofSeconds(30)).build();
    return AppStats.parse(client.send(request, HttpResponse.BodyHandlers.ofString()).body());
  }

  /** Peak resident set size so far, from the kernel's high-water mark. */
  long peakRssKib() throws IOException {
    return peakRssKib(process.pid());
  }

  /** {@link #peakRssKib} when the first response came. */
  double startupPeakRssMib() {
    return startupPeakRssKib / 1024.0;
  }

  private static long peakRssKib(long pid) throws IOException {
    for (String line : Files.readAllLines(Paths.get("/proc", Long.toString(pid), "status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IOException("no VmHWM for pid " + pid);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(15, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
  }

  private static void awaitFirstResponse(Process process, URI uri, HttpClient client, Path log) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("app exited with " + process.exitValue() + ", see " + log);
      }
      try {
        if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (ConnectException notListeningYet) {
        // the usual case while the JVM starts
      } catch (IOException closedWhileStarting) {
        // Tomcat may drop a connection accepted during its own start
      }
      Thread.sleep(10);
    }
    throw new IllegalStateException("app did not answer within 180 s, see " + log);
  }
}
