package io.baton.instrumentation.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.core.api.Tracing;
import io.baton.core.testing.TestAgent;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the send span treats the record's headers, the application's callback and failed sends. */
class ProducerHeadersAndErrorsTest {

  private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  private static final AttributeKey<Long> OFFSET = AttributeKey.longKey("messaging.kafka.offset");

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
  void staleTraceHeadersOfACopiedRecordAreReplacedNotDuplicated() throws Exception {
    String topic = KafkaTestClients.newTopic(1);
    RecordHeaders copied = new RecordHeaders();
    copied.add("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01".getBytes(StandardCharsets.UTF_8));
    copied.add("tracestate", "upstream=stale".getBytes(StandardCharsets.UTF_8));
    copied.add("app-header", "kept".getBytes(StandardCharsets.UTF_8));
    sendInsideARequest(topic, new ProducerRecord<>(topic, null, "k", "v", copied));

    List<Header> headers = consumeOneRecordsHeaders(topic);
    SpanData send = KafkaSpans.single(KafkaSpans.await(topic, 1, 1, 1), SpanKind.PRODUCER);
    assertEquals(List.of("app-header", "traceparent"), keys(headers));
    assertEquals(
        "00-" + send.getTraceId() + "-" + send.getSpanId() + "-" + send.getSpanContext().getTraceFlags().asHex(),
        value(headers, "traceparent"));
  }

  @Test
  void aRecordSentAgainHasReadOnlyHeadersAndIsSentUntouched() throws Exception {
    String topic = KafkaTestClients.newTopic(1);
    ProducerRecord<String, String> record = new ProducerRecord<>(topic, "k", "v");
    sendInsideARequest(topic, record); // the producer makes the record's headers read-only
    sendInsideARequest(topic, record);

    ConsumerLoop.Result consumed =
        KafkaTestClients.onConsumerThread(() -> ConsumerLoop.consume(topic, 1, 2, ConsumerLoop.Style.FOR_EACH));
    List<SpanData> sends = KafkaSpans.ofKind(KafkaSpans.await(topic, 2, 1, 2), SpanKind.PRODUCER);
    SpanData first = sends.stream().filter(s -> s.getAttributes().get(OFFSET) == 0L).findFirst().orElseThrow();
    SpanData second = sends.stream().filter(s -> s.getAttributes().get(OFFSET) == 1L).findFirst().orElseThrow();
    for (ConsumerLoop.Seen seen : consumed.seen) {
      List<Header> headers = new ArrayList<>();
      seen.record.headers().forEach(headers::add);
      assertEquals(List.of("traceparent"), keys(headers), "nothing appended to read-only headers");
      assertTrue(value(headers, "traceparent").contains(first.getSpanId()), "the first send's context, untouched");
    }
    assertEquals(StatusCode.UNSET, second.getStatus().getStatusCode(), "the second send itself succeeded");
  }

  @Test
  void theApplicationsCallbackRunsAfterTheAcknowledgementInTheContextItSentFrom() throws Exception {
    String topic = KafkaTestClients.newTopic(1);
    CompletableFuture<Span> currentInCallback = new CompletableFuture<>();
    Span request = Tracing.openTelemetry().getTracer("test").spanBuilder("request").startSpan();
    try (KafkaProducer<String, String> producer = KafkaTestClients.producer(Map.of());
        Scope ignored = request.makeCurrent()) {
      producer.send(new ProducerRecord<>(topic, "k", "v"), (metadata, error) -> currentInCallback.complete(Span.current()));
    } finally {
      request.end();
    }

    assertEquals(request.getSpanContext(), currentInCallback.get(30, TimeUnit.SECONDS).getSpanContext());
    SpanData send = KafkaSpans.single(KafkaSpans.await(topic, 1, 0, 0), SpanKind.PRODUCER);
    assertEquals(request.getSpanContext().getSpanId(), send.getParentSpanId());
  }

  @Test
  void aSendToAnUnknownTopicFailsTheSpanAndTheApplicationSeesTheError() throws Exception {
    String topic = "no-such-topic-" + System.nanoTime();
    CompletableFuture<Exception> errorInCallback = new CompletableFuture<>();
    CompletableFuture<Span> currentInCallback = new CompletableFuture<>();
    Span request = Tracing.openTelemetry().getTracer("test").spanBuilder("request").startSpan();
    Future<RecordMetadata> sent;
    try (KafkaProducer<String, String> producer =
            KafkaTestClients.producer(Map.of(ProducerConfig.MAX_BLOCK_MS_CONFIG, 300));
        Scope ignored = request.makeCurrent()) {
      sent = producer.send(new ProducerRecord<>(topic, "k", "v"), (metadata, error) -> {
        currentInCallback.complete(Span.current());
        errorInCallback.complete(error);
      });
    } finally {
      request.end();
    }

    ExecutionException failed = assertThrows(ExecutionException.class, () -> sent.get(30, TimeUnit.SECONDS));
    assertInstanceOf(TimeoutException.class, failed.getCause());
    assertInstanceOf(TimeoutException.class, errorInCallback.get(30, TimeUnit.SECONDS));
    assertEquals(request.getSpanContext(), currentInCallback.get().getSpanContext());

    SpanData send = KafkaSpans.single(KafkaSpans.await(topic, 1, 0, 0), SpanKind.PRODUCER);
    assertEquals("send " + topic, send.getName());
    assertEquals(StatusCode.ERROR, send.getStatus().getStatusCode());
    assertEquals(TimeoutException.class.getName(), send.getAttributes().get(ERROR_TYPE));
    assertExceptionEvent(send, TimeoutException.class);
  }

  @Test
  void aSendOnAClosedProducerThrowsToTheApplicationAndFailsTheSpan() throws Exception {
    String topic = KafkaTestClients.newTopic(1);
    KafkaProducer<String, String> producer = KafkaTestClients.producer(Map.of());
    producer.close();

    assertThrows(IllegalStateException.class, () -> producer.send(new ProducerRecord<>(topic, "k", "v")));

    SpanData send = KafkaSpans.single(KafkaSpans.await(topic, 1, 0, 0), SpanKind.PRODUCER);
    assertEquals(StatusCode.ERROR, send.getStatus().getStatusCode());
    assertEquals(IllegalStateException.class.getName(), send.getAttributes().get(ERROR_TYPE));
    assertExceptionEvent(send, IllegalStateException.class);
  }

  private static void sendInsideARequest(String topic, ProducerRecord<String, String> record) throws Exception {
    Span request = Tracing.openTelemetry().getTracer("test").spanBuilder("request").startSpan();
    try (KafkaProducer<String, String> producer = KafkaTestClients.producer(Map.of());
        Scope ignored = request.makeCurrent()) {
      producer.send(record).get(30, TimeUnit.SECONDS);
    } finally {
      request.end();
    }
  }

  private static List<Header> consumeOneRecordsHeaders(String topic) throws Exception {
    ConsumerLoop.Result consumed =
        KafkaTestClients.onConsumerThread(() -> ConsumerLoop.consume(topic, 1, 1, ConsumerLoop.Style.FOR_EACH));
    List<Header> headers = new ArrayList<>();
    consumed.seen.get(0).record.headers().forEach(headers::add);
    return headers;
  }

  private static List<String> keys(List<Header> headers) {
    List<String> keys = new ArrayList<>();
    headers.forEach(h -> keys.add(h.key()));
    return keys;
  }

  private static String value(List<Header> headers, String key) {
    return headers.stream()
        .filter(h -> h.key().equals(key))
        .map(h -> new String(h.value(), StandardCharsets.UTF_8))
        .findFirst()
        .orElse(null);
  }

  private static void assertExceptionEvent(SpanData span, Class<?> type) {
    List<EventData> events = span.getEvents();
    assertEquals(1, events.size());
    assertEquals("exception", events.get(0).getName());
    assertEquals(type.getName(), events.get(0).getAttributes().get(AttributeKey.stringKey("exception.type")));
    assertTrue(span.getEndEpochNanos() > 0);
  }
}
