package io.baton.instrumentation.kafka.bench;

import io.baton.core.api.Tracing;
import io.baton.core.testing.TestAgent;
import io.baton.instrumentation.kafka.KafkaBroker;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Overhead per {@code send} and per processed record, with and without the instrumentation.
 * The driver starts one broker and runs the same measurement in two fresh JVMs: one plain, one
 * with the test agent installed (spans go to a batch processor whose exporter drops them).
 * Run: {@code java -cp <test class path> -Dbaton.kafka.broker.clients.jar=<kafka-clients-4.1.1.jar>
 * io.baton.instrumentation.kafka.bench.KafkaOverheadBench}
 */
public final class KafkaOverheadBench {

  private static final int WARMUP = 20_000;
  private static final int MEASURED = 100_000;

  private KafkaOverheadBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2) {
      measure(args[0], "agent".equals(args[1]));
      return;
    }
    String bootstrap = KafkaBroker.get().bootstrapServers();
    for (String mode : List.of("plain", "agent", "plain", "agent")) {
      Process child =
          new ProcessBuilder(
                  Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx1g", "-Djdk.attach.allowAttachSelf=true",
                  "-cp", System.getProperty("java.class.path"),
                  KafkaOverheadBench.class.getName(), bootstrap, mode)
              .redirectErrorStream(true)
              .start();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
        out.lines().filter(line -> line.startsWith("RESULT")).forEach(System.out::println);
      }
      child.waitFor(5, TimeUnit.MINUTES);
    }
    System.exit(0);
  }

  private static void measure(String bootstrap, boolean withAgent) throws Exception {
    if (withAgent) {
      TestAgent.install();
      Tracing.set(droppingSdk());
    }
    String topic = "bench-" + System.nanoTime();
    Properties admin = new Properties();
    admin.put("bootstrap.servers", bootstrap);
    try (Admin client = Admin.create(admin)) {
      client.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
    }
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();

    Properties producerConfig = new Properties();
    producerConfig.put("bootstrap.servers", bootstrap);
    producerConfig.put("linger.ms", "5");
    producerConfig.put("key.serializer", StringSerializer.class.getName());
    producerConfig.put("value.serializer", StringSerializer.class.getName());
    long sendNanos;
    long sendBytes;
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig)) {
      sendAll(producer, topic, WARMUP);
      producer.flush();
      long bytes = threads.getThreadAllocatedBytes(self);
      long start = System.nanoTime();
      sendAll(producer, topic, MEASURED);
      sendNanos = System.nanoTime() - start;
      sendBytes = threads.getThreadAllocatedBytes(self) - bytes;
      producer.flush();
    }

    Properties consumerConfig = new Properties();
    consumerConfig.put("bootstrap.servers", bootstrap);
    consumerConfig.put("group.id", "bench");
    consumerConfig.put("max.poll.records", "1000");
    consumerConfig.put("key.deserializer", StringDeserializer.class.getName());
    consumerConfig.put("value.deserializer", StringDeserializer.class.getName());
    long processNanos = 0;
    long processBytes = 0;
    long processed = 0;
    long sink = 0;
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig)) {
      Collection<TopicPartition> partitions = List.of(new TopicPartition(topic, 0));
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      long seen = 0;
      while (seen < WARMUP + MEASURED) {
        ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
        boolean measuring = seen >= WARMUP;
        long bytes = threads.getThreadAllocatedBytes(self);
        long start = System.nanoTime();
        for (ConsumerRecord<String, String> record : records) {
          sink += record.offset(); // the application's loop body: as small as it gets
        }
        if (measuring) {
          processNanos += System.nanoTime() - start;
          processBytes += threads.getThreadAllocatedBytes(self) - bytes;
          processed += records.count();
        }
        seen += records.count();
      }
    }
    System.out.printf(
        "RESULT %-5s send: %7.0f ns/op %6d B/op | process loop: %7.0f ns/record %6d B/record (%d records, sink %d)%n",
        withAgent ? "agent" : "plain",
        (double) sendNanos / MEASURED, sendBytes / MEASURED,
        (double) processNanos / processed, processBytes / processed, processed, sink % 10);
  }

  private static void sendAll(KafkaProducer<String, String> producer, String topic, int count) {
    for (int i = 0; i < count; i++) {
      producer.send(new ProducerRecord<>(topic, "key-" + (i % 100), "value"));
    }
  }

  /** A real SDK pipeline that drops what it exports: the cost measured is the instrumentation's. */
  private static OpenTelemetrySdk droppingSdk() {
    SpanExporter dropping = new SpanExporter() {
      @Override
      public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
      }

      @Override
      public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
      }

      @Override
      public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
      }
    };
    return OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(BatchSpanProcessor.builder(dropping).build()).build())
        .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
        .build();
  }
}
