package io.baton.instrumentation.kafka;

import java.io.File;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node KRaft broker (kafka_2.13 4.1.1) in a child JVM, started once per test JVM.
 * A child JVM because the broker needs kafka-clients 4.1.1 while the tests run 2.8, 3.x or 4.x:
 * its class path is the test class path with the client jar swapped. Topics are not created
 * automatically, so a send to an unknown topic waits for metadata and fails.
 */
public final class KafkaBroker {

  private static KafkaBroker started;

  private final Process process;
  private final String bootstrapServers;

  private KafkaBroker(Process process, String bootstrapServers) {
    this.process = process;
    this.bootstrapServers = bootstrapServers;
  }

  public static synchronized KafkaBroker get() {
    if (started == null) {
      try {
        started = start();
      } catch (Exception e) {
        throw new IllegalStateException("Kafka broker did not start", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(started.process::destroyForcibly));
    }
    return started;
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  private static KafkaBroker start() throws Exception {
    // under target/: mvn clean removes the broker's data
    Path dir = Files.createTempDirectory(Files.createDirectories(Paths.get("target")), "kafka-data-");
    int brokerPort = freePort();
    int controllerPort = freePort();
    Path properties = dir.resolve("server.properties");
    Files.write(properties, serverProperties(dir, brokerPort, controllerPort).getBytes(StandardCharsets.UTF_8));
    File log = new File("target/kafka-broker-for-clients-" + System.getProperty("baton.kafka.expected.clients.version", "") + ".log");
    String clusterId = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(16));

    Process format = java("kafka.tools.StorageTool", "format", "--cluster-id=" + clusterId, "--config=" + properties)
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
    if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
      throw new IllegalStateException("kafka storage format failed, see " + log.getAbsolutePath());
    }
    Process broker = java("kafka.Kafka", properties.toString())
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
    String bootstrap = "localhost:" + brokerPort;
    awaitListening(broker, brokerPort, Duration.ofSeconds(60), log);
    return new KafkaBroker(broker, bootstrap);
  }

  private static String serverProperties(Path dir, int brokerPort, int controllerPort) {
    return String.join("\n",
        "process.roles=broker,controller",
        "node.id=1",
        "controller.quorum.voters=1@localhost:" + controllerPort,
        "listeners=PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort,
        "advertised.listeners=PLAINTEXT://localhost:" + brokerPort,
        "controller.listener.names=CONTROLLER",
        "inter.broker.listener.name=PLAINTEXT",
        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "log.dirs=" + dir.resolve("data"),
        "auto.create.topics.enable=false",
        "num.partitions=1",
        "offsets.topic.replication.factor=1",
        "offsets.topic.num.partitions=1",
        "transaction.state.log.replication.factor=1",
        "transaction.state.log.min.isr=1",
        "share.coordinator.state.topic.replication.factor=1",
        "share.coordinator.state.topic.min.isr=1",
        "group.initial.rebalance.delay.ms=0",
        "");
  }

  private static ProcessBuilder java(String mainClass, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(brokerClassPath());
    command.add(mainClass);
    command.addAll(List.of(args));
    return new ProcessBuilder(command);
  }

  /** The test class path with the client under test replaced by the broker's own client jar. */
  static String brokerClassPath() {
    String brokerClients = System.getProperty("baton.kafka.broker.clients.jar");
    if (brokerClients == null || !new File(brokerClients).isFile()) {
      throw new IllegalStateException("baton.kafka.broker.clients.jar must name kafka-clients 4.1.1: " + brokerClients);
    }
    String testClassPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> entries = new ArrayList<>();
    entries.add(brokerClients);
    for (String entry : testClassPath.split(File.pathSeparator)) {
      if (!new File(entry).getName().startsWith("kafka-clients-")) {
        entries.add(entry);
      }
    }
    return String.join(File.pathSeparator, entries);
  }

  private static void awaitListening(Process broker, int port, Duration timeout, File log) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!broker.isAlive()) {
        throw new IllegalStateException("kafka broker exited, see " + log.getAbsolutePath());
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("localhost", port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("kafka broker not listening after " + timeout + ", see " + log.getAbsolutePath());
  }

  /**
   * A port the broker process binds seconds later. Drawn below Linux's ephemeral range (from
   * 32768): a port from {@code bind(0)} can be taken meanwhile by any outgoing connection, as a
   * smoke test's service once was ("Address already in use").
   */
  private static int freePort() throws IOException {
    for (int draw = 0; draw < 100; draw++) {
      int port = ThreadLocalRandom.current().nextInt(20_000, 32_768);
      try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        return socket.getLocalPort();
      } catch (BindException inUse) {
        // draw again
      }
    }
    throw new IOException("no free port below the ephemeral range after 100 draws");
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }
}
