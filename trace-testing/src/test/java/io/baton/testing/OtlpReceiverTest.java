package io.baton.testing;

import static io.opentelemetry.api.common.AttributeKey.stringArrayKey;
import static io.opentelemetry.api.common.AttributeKey.stringKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.otlp.trace.OtlpGrpcSpanExporter;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.opentest4j.AssertionFailedError;

/** The receiver against the real OpenTelemetry SDK exporters, so smoke tests can trust what it decodes. */
class OtlpReceiverTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @ParameterizedTest(name = "{0}, compression {1}")
  @CsvSource({"HTTP_PROTOBUF, none", "HTTP_PROTOBUF, gzip", "GRPC, none", "GRPC, gzip"})
  void decodesWhatTheSdkExporterSends(OtlpProtocol protocol, String compression) throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver()) {
      SpanExporter exporter = exporter(protocol, receiver, compression, Duration.ofSeconds(10));
      SdkTracerProvider provider = SdkTracerProvider.builder()
          .setResource(Resource.create(Attributes.of(stringKey("service.name"), "receiver-test")))
          .addSpanProcessor(SimpleSpanProcessor.create(exporter))
          .build();
      var tracer = provider.get("io.baton.smoke.test", "1.2.3");

      Span linked = tracer.spanBuilder("linked").setNoParent().startSpan();
      linked.end();
      Span parent = tracer.spanBuilder("parent").setNoParent().setSpanKind(SpanKind.SERVER).startSpan();
      Span child;
      try (Scope ignored = parent.makeCurrent()) {
        child = tracer.spanBuilder("child")
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute("str", "value")
            .setAttribute("long", 42L)
            .setAttribute("bool", true)
            .setAttribute("double", 1.5)
            .setAttribute(stringArrayKey("array"), List.of("a", "b"))
            .addLink(linked.getSpanContext(), Attributes.of(stringKey("why"), "batch"))
            .startSpan();
        child.addEvent("retry", Attributes.of(stringKey("attempt"), "2"));
        child.setStatus(StatusCode.ERROR, "boom");
        child.end();
      }
      parent.end();
      assertTrue(provider.forceFlush().join(10, TimeUnit.SECONDS).isSuccess(), "export succeeded");

      TraceAssert trace = TraceAssert.assertThat(receiver.awaitSpans(3, TIMEOUT)).hasSpanCount(3);
      trace.span("parent").isRoot().hasKind(ReceivedSpan.Kind.SERVER).hasStatus(ReceivedSpan.StatusCode.UNSET);
      ReceivedSpan received = trace.span("child")
          .isChildOf("parent")
          .hasKind(ReceivedSpan.Kind.CLIENT)
          .hasAttribute("str", "value")
          .hasAttribute("long", 42)
          .hasAttribute("bool", true)
          .hasAttribute("double", 1.5)
          .hasAttribute("array", List.of("a", "b"))
          .hasStatus(ReceivedSpan.StatusCode.ERROR)
          .hasResourceAttribute("service.name", "receiver-test")
          .hasScopeName("io.baton.smoke.test")
          .actual();

      assertEquals(child.getSpanContext().getTraceId(), received.traceId());
      assertEquals(child.getSpanContext().getSpanId(), received.spanId());
      assertEquals(parent.getSpanContext().getSpanId(), received.parentSpanId());
      assertEquals("1.2.3", received.scopeVersion());
      assertEquals("boom", received.status().message());
      assertEquals(List.of(new ReceivedSpan.Event("retry", received.events().get(0).epochNanos(), java.util.Map.of("attempt", "2"))),
          received.events());
      assertEquals(List.of(new ReceivedSpan.Link(linked.getSpanContext().getTraceId(), linked.getSpanContext().getSpanId(),
          java.util.Map.of("why", "batch"))), received.links());
      assertTrue(received.startEpochNanos() > 0 && received.endEpochNanos() >= received.startEpochNanos());
      assertEquals(3, receiver.requestCount(), "SimpleSpanProcessor sends one request per span");
      provider.shutdown().join(10, TimeUnit.SECONDS);
    }
  }

  @ParameterizedTest
  @EnumSource(OtlpProtocol.class)
  void unavailableRejectsAndKeepsNothing(OtlpProtocol protocol) throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver()) {
      receiver.setFailureMode(FailureMode.UNAVAILABLE);
      SpanExporter exporter = exporter(protocol, receiver, "none", Duration.ofSeconds(10));

      CompletableResultCode result = exporter.export(oneSpan()).join(10, TimeUnit.SECONDS);

      assertTrue(result.isDone(), "answered at once");
      assertFalse(result.isSuccess(), "export must fail");
      assertEquals(1, receiver.requestCount());
      assertEquals(List.of(), receiver.spans());
      exporter.shutdown();
    }
  }

  @ParameterizedTest
  @EnumSource(OtlpProtocol.class)
  void hangHoldsTheRequestUntilTheModeChanges(OtlpProtocol protocol) throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver()) {
      receiver.setFailureMode(FailureMode.HANG);
      SpanExporter exporter = exporter(protocol, receiver, "none", Duration.ofMillis(500));

      CompletableResultCode hung = exporter.export(oneSpan()).join(10, TimeUnit.SECONDS);
      assertTrue(hung.isDone() && !hung.isSuccess(), "the exporter gave up on its own timeout");
      assertEquals(1, receiver.requestCount());

      receiver.setFailureMode(FailureMode.NONE);
      assertTrue(exporter.export(oneSpan()).join(10, TimeUnit.SECONDS).isSuccess(), "recovers once the mode changes");
      assertEquals(1, receiver.awaitSpans(1, TIMEOUT).size());
      exporter.shutdown();
    }
  }

  @Test
  void awaitFailsWithWhatArrived() throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver()) {
      AssertionFailedError error =
          assertThrows(AssertionFailedError.class, () -> receiver.awaitSpans(1, Duration.ofMillis(100)));
      assertTrue(error.getMessage().contains("0 export requests brought 0 spans"), error.getMessage());
    }
  }

  private static SpanExporter exporter(OtlpProtocol protocol, OtlpReceiver receiver, String compression, Duration timeout) {
    String url = receiver.tracesUrl(protocol);
    // no retries: a rejected export must surface as one failed request, not five
    if (protocol == OtlpProtocol.GRPC) {
      return OtlpGrpcSpanExporter.builder()
          .setEndpoint(url).setCompression(compression).setTimeout(timeout).setRetryPolicy(null).build();
    }
    return OtlpHttpSpanExporter.builder()
        .setEndpoint(url).setCompression(compression).setTimeout(timeout).setRetryPolicy(null).build();
  }

  /** A finished span as the SDK hands it to exporters. */
  private static List<SpanData> oneSpan() {
    List<SpanData> ended = new CopyOnWriteArrayList<>();
    SdkTracerProvider provider = SdkTracerProvider.builder().addSpanProcessor(new SpanProcessor() {
      @Override public void onStart(Context parentContext, ReadWriteSpan span) {}
      @Override public boolean isStartRequired() { return false; }
      @Override public void onEnd(ReadableSpan span) { ended.add(span.toSpanData()); }
      @Override public boolean isEndRequired() { return true; }
    }).build();
    provider.get("test").spanBuilder("one").startSpan().end();
    provider.close();
    return List.copyOf(ended);
  }
}
