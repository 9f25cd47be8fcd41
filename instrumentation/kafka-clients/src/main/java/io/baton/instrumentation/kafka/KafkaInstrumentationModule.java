package io.baton.instrumentation.kafka;

import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.returns;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.baton.core.instrumentation.AdviceApplier;
import io.baton.core.instrumentation.InstrumentationModule;
import io.baton.core.instrumentation.TypeHint;
import io.baton.core.instrumentation.TypeInstrumentation;
import java.util.Arrays;
import java.util.List;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * kafka-clients 2.8 to 4.x: a span per sent record, a span per poll that returned records and a
 * span per record the application iterates, joined into the producer's trace through the
 * record headers. Only the three concrete client classes are touched, matched by name.
 */
public final class KafkaInstrumentationModule extends InstrumentationModule {

  static final String PRODUCER = "org.apache.kafka.clients.producer.KafkaProducer";
  static final String CONSUMER = "org.apache.kafka.clients.consumer.KafkaConsumer";
  static final String RECORDS = "org.apache.kafka.clients.consumer.ConsumerRecords";

  public KafkaInstrumentationModule() {
    super("kafka", "kafka-clients");
  }

  @Override
  public List<String> libraryMarkerClasses() {
    return Arrays.asList(PRODUCER, CONSUMER);
  }

  @Override
  public List<TypeInstrumentation> typeInstrumentations() {
    return Arrays.asList(new ProducerSend(), new ConsumerPoll(), new RecordsIteration());
  }

  /** send(record) delegates to send(record, callback): one advice covers both. */
  static final class ProducerSend implements TypeInstrumentation {

    @Override
    public TypeHint hint() {
      return TypeHint.named(PRODUCER);
    }

    @Override
    public void applyAdvice(AdviceApplier applier) {
      applier.applyAdvice(
          named("send")
              .and(isPublic())
              .and(takesArguments(2))
              .and(takesArgument(0, named("org.apache.kafka.clients.producer.ProducerRecord"))),
          ProducerSendAdvice.class.getName());
    }
  }

  /** poll(Duration) and, before 4.0, the deprecated poll(long). */
  static final class ConsumerPoll implements TypeInstrumentation {

    @Override
    public TypeHint hint() {
      return TypeHint.named(CONSUMER);
    }

    @Override
    public void applyAdvice(AdviceApplier applier) {
      applier.applyAdvice(
          named("poll").and(isPublic()).and(takesArguments(1)).and(returns(named(RECORDS))),
          ConsumerPollAdvice.class.getName());
    }
  }

  /** Every way an application walks a poll's records hands out a traced iterator. */
  static final class RecordsIteration implements TypeInstrumentation {

    @Override
    public TypeHint hint() {
      return TypeHint.named(RECORDS);
    }

    @Override
    public void applyAdvice(AdviceApplier applier) {
      applier.applyAdvice(
          named("iterator").and(isPublic()).and(takesArguments(0)), RecordsIteratorAdvice.class.getName());
      applier.applyAdvice(
          named("records").and(isPublic()).and(takesArgument(0, named("org.apache.kafka.common.TopicPartition"))),
          RecordsOfPartitionAdvice.class.getName());
      applier.applyAdvice(
          named("records").and(isPublic()).and(takesArgument(0, String.class)),
          RecordsOfTopicAdvice.class.getName());
    }
  }
}
