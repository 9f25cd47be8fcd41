package io.baton.instrumentation.kafka;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Plain clients of the broker, configured the way an application would. */
final class KafkaTestClients {

  static final String PRODUCER_ID = "baton-test-producer";
  static final String CONSUMER_ID = "baton-test-consumer";

  private static final ExecutorService CONSUMER_THREAD = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "test-consumer");
    thread.setDaemon(true);
    return thread;
  });

  private KafkaTestClients() {}

  static String newTopic(int partitions) throws Exception {
    String topic = "topic-" + UUID.randomUUID().toString().substring(0, 8);
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.get().bootstrapServers());
    try (Admin admin = Admin.create(config)) {
      admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
    }
    return topic;
  }

  static KafkaProducer<String, String> producer(Map<String, Object> overrides) {
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.get().bootstrapServers());
    config.put(ProducerConfig.CLIENT_ID_CONFIG, PRODUCER_ID);
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    config.putAll(overrides);
    return new KafkaProducer<>(config);
  }

  static KafkaConsumer<String, String> consumer(String group) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KafkaBroker.get().bootstrapServers());
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, CONSUMER_ID);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    return new KafkaConsumer<>(config);
  }

  /** Runs the consuming side on its own thread, as an application's consumer loop would. */
  static <T> T onConsumerThread(Callable<T> loop) throws Exception {
    Future<T> result = CONSUMER_THREAD.submit(loop);
    return result.get(60, TimeUnit.SECONDS);
  }

  static Duration pollTimeout() {
    return Duration.ofMillis(500);
  }
}
