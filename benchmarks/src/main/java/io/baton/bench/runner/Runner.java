package io.baton.bench.runner;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs the benchmark app without an agent, with Baton and with the OpenTelemetry Java agent, in
 * alternation over several rounds (the order rotates every round, so a slow phase of a shared
 * machine does not always hit the same variant), and prints medians and ratios to no agent.
 * Started by {@code benchmarks/run.sh} from the repository root.
 */
public final class Runner {

  private static final String TOPIC = "bench-events";
  private static final Path TARGET = Paths.get("benchmarks", "target");

  private Runner() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Path workDir = Files.createDirectories(Options.workDir());
    String appLibs = Files.readString(TARGET.resolve("app.classpath")).trim();
    String appClassPath = TARGET.resolve("classes").toAbsolutePath() + File.pathSeparator + appLibs;
    String brokerClassPath = appLibs + File.pathSeparator + Files.readString(TARGET.resolve("broker.classpath")).trim();
    for (Variant variant : options.variants) {
      if (variant.agentJar() != null && !Files.isRegularFile(variant.agentJar())) {
        throw new IllegalStateException("missing " + variant.agentJar() + ": run benchmarks/run.sh, which builds it");
      }
    }

    String started = Machine.date();
    String loadBefore = Machine.loadAverage();
    String warmUp = WarmUpPlan.of(options).describe();
    System.out.printf("rounds %d (each with %d more start-up launches per variant), %d connections, %s,"
        + " measured %d s; logs in %s%n", options.rounds, options.startupLaunches, options.connections,
        warmUp, options.measureSeconds, workDir);
    warmFileCache(appClassPath, options.variants);
    deleteTree(AppProcess.weaveCache(workDir));

    Report report = new Report(options.variants);
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    long unreadableExports;
    try (OtlpSink sink = OtlpSink.start();
        KafkaBrokerProcess kafka = KafkaBrokerProcess.start(options.java, brokerClassPath, workDir)) {
      kafka.createTopic(TOPIC);
      Trial trial = new Trial(options, client, sink, kafka.bootstrapServers(), TOPIC, appClassPath, workDir);
      for (int round = 1; round <= options.rounds; round++) {
        for (Variant variant : rotated(options.variants, round - 1)) {
          RunResult result = trial.run(variant, round);
          System.out.println(result.summary());
          report.add(result);
        }
        for (int launch = 1; launch <= options.startupLaunches; launch++) {
          for (Variant variant : rotated(options.variants, round - 1 + launch)) {
            RunResult result = trial.startupOnly(variant, round, launch);
            System.out.println(result.summary());
            report.add(result);
          }
        }
      }
      unreadableExports = sink.unreadableExports();
    }

    System.out.println();
    System.out.println("Baton overhead benchmark" + (options.quick ? " (--quick: a smoke check, not figures to quote)" : ""));
    System.out.println("date:    " + started);
    System.out.println("machine: " + Machine.cpus());
    System.out.println("java:    " + Machine.javaVersion(options.java) + ", -Xmx" + options.heap);
    System.out.println("load:    average " + loadBefore + " before, " + Machine.loadAverage() + " after (1, 5, 15 min)");
    System.out.printf("app:     Tomcat 10.1.59 + H2 2.3.232 query + ThreadPoolExecutor hop + HttpClient call"
        + " + Kafka 4.1.1 produce/consume; agents export OTLP http/protobuf to a discarding receiver%n");
    System.out.printf("load:    %d connections closed loop, %s, measured %d s, %d round(s) alternating;"
        + " start-up rows over %d launches per variant%n%n", options.connections, warmUp,
        options.measureSeconds, options.rounds, options.rounds * (1 + options.startupLaunches));
    report.print(System.out);
    if (unreadableExports > 0) {
      System.out.println("warning: " + unreadableExports + " OTLP exports could not be read: span counts are low");
    }
  }

  private static List<Variant> rotated(List<Variant> variants, int by) {
    List<Variant> order = new ArrayList<>(variants);
    Collections.rotate(order, -by);
    return order;
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
        for (Path path : (Iterable<Path>) paths.sorted(Collections.reverseOrder())::iterator) {
          Files.delete(path);
        }
      }
    }
  }

  /** Reads every jar once, so the first JVM launched does not pay for a cold page cache alone. */
  private static void warmFileCache(String classPath, List<Variant> variants) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      files.add(Paths.get(entry));
    }
    for (Variant variant : variants) {
      if (variant.agentJar() != null) {
        files.add(variant.agentJar());
      }
    }
    for (Path file : files) {
      if (Files.isRegularFile(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          in.transferTo(OutputStream.nullOutputStream());
        }
      }
    }
  }
}
