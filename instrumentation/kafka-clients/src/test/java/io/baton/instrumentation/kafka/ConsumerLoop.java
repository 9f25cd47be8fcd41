package io.baton.instrumentation.kafka;

import io.opentelemetry.api.trace.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/** An application's consumer loop, walking each poll's records in one of the ways Kafka offers. */
final class ConsumerLoop {

  enum Style {
    FOR_EACH,
    ITERATOR,
    RECORDS_OF_PARTITION,
    RECORDS_OF_TOPIC
  }

  /** What the loop body saw for one record: the record and the span current while it ran. */
  static final class Seen {
    final ConsumerRecord<String, String> record;
    final Span currentInBody;
    final Span previousInBody;

    Seen(ConsumerRecord<String, String> record, Span currentInBody, Span previousInBody) {
      this.record = record;
      this.currentInBody = currentInBody;
      this.previousInBody = previousInBody;
    }
  }

  /** The seen records, and the span current right after each loop over a poll's records. */
  static final class Result {
    final List<Seen> seen = new ArrayList<>();
    final List<Span> currentAfterLoop = new ArrayList<>();
  }

  private ConsumerLoop() {}

  static Result consume(String topic, int partitions, int expected, Style style) {
    Result result = new Result();
    List<TopicPartition> assigned =
        IntStream.range(0, partitions).mapToObj(p -> new TopicPartition(topic, p)).collect(Collectors.toList());
    try (KafkaConsumer<String, String> consumer = KafkaTestClients.consumer("group-" + topic)) {
      consumer.assign(assigned);
      consumer.seekToBeginning(assigned);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (result.seen.size() < expected && System.nanoTime() < deadline) {
        ConsumerRecords<String, String> records = consumer.poll(KafkaTestClients.pollTimeout());
        Span[] previous = {null};
        forEachRecord(records, topic, style, record -> {
          Span current = Span.current();
          result.seen.add(new Seen(record, current, previous[0]));
          previous[0] = current;
        });
        result.currentAfterLoop.add(Span.current());
      }
    }
    return result;
  }

  /** The loops an application writes; the body runs inside each record's process span. */
  private static void forEachRecord(
      ConsumerRecords<String, String> records, String topic, Style style, Consumer<ConsumerRecord<String, String>> body) {
    switch (style) {
      case FOR_EACH:
        for (ConsumerRecord<String, String> record : records) {
          body.accept(record);
        }
        break;
      case ITERATOR:
        Iterator<ConsumerRecord<String, String>> iterator = records.iterator();
        while (iterator.hasNext()) {
          body.accept(iterator.next());
        }
        break;
      case RECORDS_OF_PARTITION:
        for (TopicPartition partition : records.partitions()) {
          for (ConsumerRecord<String, String> record : records.records(partition)) {
            body.accept(record);
          }
        }
        break;
      case RECORDS_OF_TOPIC:
        for (ConsumerRecord<String, String> record : records.records(topic)) {
          body.accept(record);
        }
        break;
      default:
        throw new IllegalArgumentException(style.name());
    }
  }
}
