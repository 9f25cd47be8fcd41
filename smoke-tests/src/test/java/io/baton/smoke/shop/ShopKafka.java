package io.baton.smoke.shop;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node KRaft broker (kafka_2.13 4.1.1, a test dependency of this module) in a child
 * JVM without the agent, like instrumentation/kafka-clients' KafkaBroker: the broker is not under
 * test. One per test JVM ({@link #shared()}); the demo starts its own.
 */
public final class ShopKafka implements AutoCloseable {

  private static ShopKafka shared;

  private final Process process;
  private final String bootstrapServers;

  private ShopKafka(Process process, String bootstrapServers) {
    this.process = process;
    this.bootstrapServers = bootstrapServers;
  }

  public static synchronized ShopKafka shared() {
    if (shared == null) {
      shared = start(Path.of("target"));
      Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
    }
    return shared;
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** Data and log under {@code dir}; about 4 s on JDK 17. */
  public static ShopKafka start(Path dir) {
    try {
      Path data = Files.createTempDirectory(Files.createDirectories(dir), "shop-kafka-");
      int brokerPort = ListenPorts.unused();
      int controllerPort = ListenPorts.unused();
      Path properties = data.resolve("server.properties");
      Files.writeString(properties, serverProperties(data, brokerPort, controllerPort), StandardCharsets.UTF_8);
      File log = data.resolve("broker.log").toFile();
      String clusterId = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(16));
      Process format = java("kafka.tools.StorageTool", "format", "--cluster-id=" + clusterId, "--config=" + properties)
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
      if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
        throw new IllegalStateException("kafka storage format failed, see " + log);
      }
      Process broker = java("kafka.Kafka", properties.toString())
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log)).start();
      awaitListening(broker, brokerPort, Duration.ofSeconds(90), log);
      return new ShopKafka(broker, "127.0.0.1:" + brokerPort);
    } catch (IOException e) {
      throw new IllegalStateException("kafka broker did not start", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted starting kafka", e);
    }
  }

  private static String serverProperties(Path dir, int brokerPort, int controllerPort) {
    return String.join("\n",
        "process.roles=broker,controller",
        "node.id=1",
        "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
        "listeners=PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort,
        "advertised.listeners=PLAINTEXT://127.0.0.1:" + brokerPort,
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
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx384m");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(mainClass);
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeIf(key -> key.equals("JAVA_TOOL_OPTIONS") || key.equals("JDK_JAVA_OPTIONS"));
    return builder;
  }

  private static void awaitListening(Process broker, int port, Duration timeout, File log) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!broker.isAlive()) {
        throw new IllegalStateException("kafka broker exited, see " + log);
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        return;
      } catch (IOException notYet) {
        Thread.sleep(100);
      }
    }
    broker.destroyForcibly();
    throw new IllegalStateException("kafka broker not listening after " + timeout + ", see " + log);
  }

  private static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    new SecureRandom().nextBytes(bytes);
    return bytes;
  }

  @Override
  public void close() {
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
