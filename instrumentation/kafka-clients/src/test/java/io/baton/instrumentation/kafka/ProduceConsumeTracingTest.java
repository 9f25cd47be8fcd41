package io.baton.instrumentation.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.core.api.Tracing;
import io.baton.core.testing.TestAgent;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.data.LinkData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A record produced in one trace is processed in that trace, on another thread, through a real broker. */
class ProduceConsumeTracingTest {

  @BeforeAll
  static void startAgentAndBroker() {
    TestAgent.install();
    KafkaBroker.get();
  }

  @BeforeEach
  void clearSpans() {
    TestAgent.reset();
  }

  @Test
  void recordSentInsideARequestIsProcessedAsAChildOfItsSendSpanOnAnotherThread() throws Exception {
    String topic = KafkaTestClients.newTopic(1);
    Span request = Tracing.openTelemetry().getTracer("test").spanBuilder("request").startSpan();
    try (KafkaProducer<String, String> producer = KafkaTestClients.producer(Map.of());
        Scope ignored = request.makeCurrent()) {
      producer.send(new ProducerRecord<>(topic, "order-1", "created")).get();
    } finally {
      request.end();
    }

    ConsumerLoop.Result consumed =
        KafkaTestClients.onConsumerThread(() -> ConsumerLoop.consume(topic, 1, 1, ConsumerLoop.Style.FOR_EACH));

    List<SpanData> spans = KafkaSpans.await(topic, 1, 1, 1);
    SpanData send = KafkaSpans.single(spans, SpanKind.PRODUCER);
    SpanData poll = KafkaSpans.single(spans, SpanKind.CLIENT);
    SpanData process = KafkaSpans.single(spans, SpanKind.CONSUMER);

    assertEquals("send " + topic, send.getName());
    assertEquals(request.getSpanContext().getSpanId(), send.getParentSpanId());
    assertEquals(request.getSpanContext().getTraceId(), send.getTraceId());
    assertEquals(
        Attributes.builder()
            .put("messaging.system", "kafka")
            .put("messaging.operation.type", "send")
            .put("messaging.operation.name", "send")
            .put("messaging.destination.name", topic)
            .put("messaging.destination.partition.id", "0")
            .put("messaging.kafka.offset", 0L)
            .put("messaging.kafka.message.key", "order-1")
            .put("messaging.client.id", KafkaTestClients.PRODUCER_ID)
            .build()
            .asMap(),
        send.getAttributes().asMap());

    assertEquals("poll " + topic, poll.getName());
    assertFalse(poll.getParentSpanContext().isValid(), "the consumer thread had no trace of its own");
    assertEquals(List.of(idsOf(send.getSpanContext())), linkedIds(poll), "poll links the send span of its record");
    assertEquals(
        Attributes.builder()
            .put("messaging.system", "kafka")
            .put("messaging.operation.type", "receive")
            .put("messaging.operation.name", "poll")
            .put("messaging.destination.name", topic)
            .put("messaging.destination.partition.id", "0")
            .put("messaging.consumer.group.name", "group-" + topic)
            .put("messaging.client.id", KafkaTestClients.CONSUMER_ID)
            .put("messaging.batch.message_count", 1L)
            .build()
            .asMap(),
        poll.getAttributes().asMap());

    assertEquals("process " + topic, process.getName());
    assertEquals(send.getTraceId(), process.getTraceId(), "one trace from request to processing");
    assertEquals(send.getSpanId(), process.getParentSpanId());
    assertEquals(List.of(idsOf(poll.getSpanContext())), linkedIds(process), "process links the poll that returned it");
    assertEquals(
        Attributes.builder()
            .put("messaging.system", "kafka")
            .put("messaging.operation.type", "process")
            .put("messaging.operation.name", "process")
            .put("messaging.destination.name", topic)
            .put("messaging.destination.partition.id", "0")
            .put("messaging.kafka.offset", 0L)
            .put("messaging.kafka.message.key", "order-1")
            .put("messaging.consumer.group.name", "group-" + topic)
            .put("messaging.client.id", KafkaTestClients.CONSUMER_ID)
            .build()
            .asMap(),
        process.getAttributes().asMap());

    ConsumerLoop.Seen seen = consumed.seen.get(0);
    assertEquals(process.getSpanContext(), seen.currentInBody.getSpanContext(), "the loop body runs in the process span");
    List<Header> traceparents = listOf(seen.record.headers().headers("traceparent"));
    assertEquals(1, traceparents.size());
    assertEquals(
        "00-" + send.getTraceId() + "-" + send.getSpanId() + "-" + send.getSpanContext().getTraceFlags().asHex(),
        new String(traceparents.get(0).value(), StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @EnumSource(ConsumerLoop.Style.class)
  void eachRecordOfABatchIsProcessedInItsOwnSpanWhileTheLoopBodyRuns(ConsumerLoop.Style style) throws Exception {
    int batch = 5;
    String topic = KafkaTestClients.newTopic(2);
    try (KafkaProducer<String, String> producer = KafkaTestClients.producer(Map.of())) {
      for (int i = 0; i < batch; i++) {
        producer.send(new ProducerRecord<>(topic, i % 2, "key-" + i, "value-" + i));
      }
      producer.flush();
    }

    ConsumerLoop.Result consumed =
        KafkaTestClients.onConsumerThread(() -> ConsumerLoop.consume(topic, 2, batch, style));

    List<SpanData> spans = KafkaSpans.await(topic, batch, 1, batch);
    List<SpanData> processes = KafkaSpans.ofKind(spans, SpanKind.CONSUMER);
    List<SpanData> polls = KafkaSpans.ofKind(spans, SpanKind.CLIENT);
    assertEquals(batch, consumed.seen.size());
    assertEquals(batch, processes.size(), "one process span per record");
    assertEquals(batch, polls.stream().mapToLong(p -> p.getAttributes().get(BATCH_COUNT)).sum());

    Map<String, SpanData> sendByKey =
        KafkaSpans.ofKind(spans, SpanKind.PRODUCER).stream()
            .collect(Collectors.toMap(s -> s.getAttributes().get(KEY), Function.identity()));
    for (ConsumerLoop.Seen seen : consumed.seen) {
      SpanData process = processOf(processes, seen.currentInBody);
      SpanData send = sendByKey.get(seen.record.key());
      assertEquals(send.getSpanId(), process.getParentSpanId(), "child of its own record's send span");
      assertEquals(send.getTraceId(), process.getTraceId());
      assertEquals(seen.record.offset(), process.getAttributes().get(OFFSET));
      assertEquals(1, process.getLinks().size());
      assertTrue(polls.stream().anyMatch(p -> p.getSpanContext().equals(process.getLinks().get(0).getSpanContext())));
      if (seen.previousInBody != null) {
        assertTrue(((ReadableSpan) seen.previousInBody).hasEnded(), "the previous record's span ended when the loop moved on");
      }
    }
    for (Span afterLoop : consumed.currentAfterLoop) {
      assertFalse(afterLoop.getSpanContext().isValid(), "no process span stays current after the loop");
    }
  }

  @Test
  void recordsSentWithoutTraceHeadersStartNewTraces() throws Exception {
    String topic = KafkaTestClients.newTopic(1);
    io.baton.core.config.AgentConfig.set(
        io.baton.core.config.AgentConfig.of(Map.of(ProducerPropagation.ENABLED, "false")));
    Span request = Tracing.openTelemetry().getTracer("test").spanBuilder("request").startSpan();
    try (KafkaProducer<String, String> producer = KafkaTestClients.producer(Map.of());
        Scope ignored = request.makeCurrent()) {
      producer.send(new ProducerRecord<>(topic, "k", "v")).get();
    } finally {
      request.end();
      io.baton.core.config.AgentConfig.set(io.baton.core.config.AgentConfig.fromSystem());
    }

    ConsumerLoop.Result consumed =
        KafkaTestClients.onConsumerThread(() -> ConsumerLoop.consume(topic, 1, 1, ConsumerLoop.Style.FOR_EACH));

    List<SpanData> spans = KafkaSpans.await(topic, 1, 1, 1);
    SpanData send = KafkaSpans.single(spans, SpanKind.PRODUCER);
    SpanData process = KafkaSpans.single(spans, SpanKind.CONSUMER);
    assertFalse(consumed.seen.get(0).record.headers().iterator().hasNext(), "propagation switched off: no headers");
    assertEquals(request.getSpanContext().getTraceId(), send.getTraceId());
    assertFalse(process.getParentSpanContext().isValid(), "a record without headers starts a trace");
    assertNotEquals(send.getTraceId(), process.getTraceId());
    assertEquals(1, process.getLinks().size(), "still linked to its poll");
  }

  private static final AttributeKey<Long> BATCH_COUNT = AttributeKey.longKey("messaging.batch.message_count");
  private static final AttributeKey<String> KEY = AttributeKey.stringKey("messaging.kafka.message.key");
  private static final AttributeKey<Long> OFFSET = AttributeKey.longKey("messaging.kafka.offset");

  private static SpanData processOf(List<SpanData> processes, Span current) {
    assertNotNull(current);
    SpanContext context = current.getSpanContext();
    return processes.stream()
        .filter(p -> p.getSpanContext().equals(context))
        .findFirst()
        .orElseThrow(() -> new AssertionError("the span current in the loop body is no process span: " + context));
  }

  /** Links compare by trace and span id: a context read from headers is "remote", the same span's own is not. */
  private static List<String> linkedIds(SpanData span) {
    return span.getLinks().stream().map(LinkData::getSpanContext).map(ProduceConsumeTracingTest::idsOf).collect(Collectors.toList());
  }

  private static String idsOf(SpanContext context) {
    return context.getTraceId() + "/" + context.getSpanId();
  }

  private static <T> List<T> listOf(Iterable<T> items) {
    List<T> list = new java.util.ArrayList<>();
    items.forEach(list::add);
    return list;
  }

}
