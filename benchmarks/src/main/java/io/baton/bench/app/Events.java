package io.baton.bench.app;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The app's Kafka side: requests publish an event (fire and forget, off the critical path) and a
 * consumer thread processes them. Each app JVM joins its own consumer group from the latest
 * offset, so events left by earlier runs are not replayed into this one's measurements.
 */
final class Events implements AutoCloseable {

  private final String topic;
  private final KafkaProducer<String, String> producer;
  private final KafkaConsumer<String, String> consumer;
  private final Thread consumerThread;
  private final AtomicLong consumed = new AtomicLong();
  private final AtomicLong checksum = new AtomicLong();
  private volatile boolean running = true;

  private Events(String bootstrapServers, String topic) {
    this.topic = topic;
    this.producer = new KafkaProducer<>(Map.of(
        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
        ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()));
    this.consumer = new KafkaConsumer<>(Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ConsumerConfig.GROUP_ID_CONFIG, "bench-app-" + ProcessHandle.current().pid(),
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
        ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
        ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
    this.consumerThread = new Thread(this::consume, "event-consumer");
    this.consumerThread.setDaemon(true);
  }

  static Events start(String bootstrapServers, String topic) {
    Events events = new Events(bootstrapServers, topic);
    events.consumerThread.start();
    return events;
  }

  void publish(String key, String value) {
    producer.send(new ProducerRecord<>(topic, key, value));
  }

  long consumed() {
    return consumed.get();
  }

  private void consume() {
    consumer.subscribe(List.of(topic));
    while (running) {
      for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
        consumed.incrementAndGet();
        checksum.addAndGet(record.value().hashCode());
      }
    }
    consumer.close(Duration.ofSeconds(2));
  }

  @Override
  public void close() {
    running = false;
    producer.close(Duration.ofSeconds(2));
    try {
      consumerThread.join(3000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
