package io.baton.smoke.apps.shop;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Consumes {@code order-placed} and records one notification per order over JDBC. Creates the topic
 * if it is missing. Reads only what is published after it is {@code READY} (its partition assigned
 * and positioned at the end), and prints {@code NOTIFIED <order key>} per record. Args: Kafka
 * bootstrap servers, optionally the consumer group (default {@code notifications}).
 */
public final class NotificationApp {

  private NotificationApp() {}

  public static void main(String[] args) throws Exception {
    String kafka = args[0];
    String group = args.length > 1 ? args[1] : "notifications";
    createTopic(kafka, OrdersApp.TOPIC);
    Database db = new Database("notifications",
        "CREATE TABLE IF NOT EXISTS notifications(order_key VARCHAR(32), message VARCHAR(200))");
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig(kafka, group))) {
      consumer.subscribe(List.of(OrdersApp.TOPIC), new ConsumerRebalanceListener() {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {}

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
          if (!partitions.isEmpty()) {
            // resolves "latest" now: an order placed after READY is never skipped
            partitions.forEach(consumer::position);
            System.out.println("READY notification");
          }
        }
      });
      while (true) {
        ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(200));
        for (ConsumerRecord<String, String> record : records) {
          Seen.print("notification", header(record, "traceparent"), header(record, "baggage"));
          try (Connection connection = db.connect();
              PreparedStatement insert = connection.prepareStatement("INSERT INTO notifications(order_key, message) VALUES (?, ?)")) {
            insert.setString(1, record.key());
            insert.setString(2, "Your order " + record.key() + " is on its way");
            insert.executeUpdate();
          }
          System.out.println("NOTIFIED " + record.key());
        }
      }
    }
  }

  private static Properties consumerConfig(String kafka, String group) {
    Properties config = new Properties();
    config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
    config.put(ConsumerConfig.CLIENT_ID_CONFIG, "notifications");
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
    config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    return config;
  }

  private static void createTopic(String kafka, String topic) throws InterruptedException, ExecutionException {
    Properties config = new Properties();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
    try (Admin admin = Admin.create(config)) {
      admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
    } catch (ExecutionException e) {
      if (!(e.getCause() instanceof TopicExistsException)) {
        throw e;
      }
    }
  }

  private static String header(ConsumerRecord<?, ?> record, String key) {
    Header header = record.headers().lastHeader(key);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }
}
