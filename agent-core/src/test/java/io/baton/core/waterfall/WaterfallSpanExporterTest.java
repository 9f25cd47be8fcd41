package io.baton.core.waterfall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.semconv.ServiceAttributes;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The exporter behind the real SDK: one drawing per local root, when that root ends. */
class WaterfallSpanExporterTest {

  private final List<String> printed = new ArrayList<>();
  private final WaterfallSpanExporter exporter =
      new WaterfallSpanExporter(new TraceBuffer(16, 64), WaterfallRenderer.plain(false), printed::add);
  private final SdkTracerProvider provider = SdkTracerProvider.builder()
      .setResource(Resource.getDefault().merge(Resource.create(io.opentelemetry.api.common.Attributes.of(
          ServiceAttributes.SERVICE_NAME, "order-service"))))
      .addSpanProcessor(SimpleSpanProcessor.create(exporter))
      .build();
  private final Tracer tracer = provider.get("test");

  @AfterEach
  void close() {
    provider.close();
  }

  @Test
  void drawsTheTraceOnceWhenItsRootEndsNotBefore() {
    Span root = tracer.spanBuilder("POST /orders").setSpanKind(SpanKind.SERVER).startSpan();
    try (Scope ignored = root.makeCurrent()) {
      tracer.spanBuilder("INSERT shop.orders").setSpanKind(SpanKind.CLIENT).startSpan().end();
      Span payment = tracer.spanBuilder("POST").setSpanKind(SpanKind.CLIENT).startSpan();
      payment.setStatus(StatusCode.ERROR, "502");
      payment.end();
    }
    assertTrue(printed.isEmpty(), "children alone draw nothing: " + printed);

    root.end();

    assertEquals(1, printed.size(), printed::toString);
    String text = printed.get(0);
    assertTrue(text.startsWith("\ntrace " + root.getSpanContext().getTraceId() + " - "), text);
    assertTrue(text.contains("3 spans - order-service\n"), text);
    assertTrue(text.contains("\n[order-service] POST /orders "), text);
    assertTrue(text.contains("\n+-- INSERT shop.orders "), text);
    assertTrue(text.contains("\n`-- POST ") && text.contains("| x 502\n"), text);
  }

  @Test
  void aRequestContinuingARemoteTraceIsDrawnAsThisProcessesPart() {
    SpanContext remote = SpanContext.createFromRemoteParent(
        Spans.TRACE, "00f067aa0ba902b7", TraceFlags.getSampled(), TraceState.getDefault());
    Span server = tracer.spanBuilder("GET /inventory/{sku}")
        .setParent(Context.root().with(Span.wrap(remote))).setSpanKind(SpanKind.SERVER).startSpan();

    server.end();

    assertEquals(1, printed.size());
    assertTrue(printed.get(0).startsWith("\ntrace " + Spans.TRACE + " - "), printed.get(0));
    assertTrue(printed.get(0).contains(WaterfallSpanExporter.REMOTE_PARENT_NOTE), printed.get(0));
  }

  @Test
  void twoRequestsOfOneTraceAreDrawnSeparatelyEachWithItsOwnSpans() {
    Span first = tracer.spanBuilder("first").startSpan();
    Span second = tracer.spanBuilder("second").setParent(Context.root().with(Span.wrap(SpanContext.createFromRemoteParent(
        first.getSpanContext().getTraceId(), "00f067aa0ba902b7", TraceFlags.getSampled(), TraceState.getDefault()))))
        .startSpan();
    tracer.spanBuilder("child of second").setParent(Context.root().with(second)).startSpan().end();

    second.end();
    first.end();

    assertEquals(2, printed.size());
    assertTrue(printed.get(0).contains("2 spans") && printed.get(0).contains("child of second"), printed.get(0));
    assertTrue(printed.get(1).contains("1 span ") && printed.get(1).contains("first"), printed.get(1));
  }

  @Test
  void atShutdownDrawsWhatIsLeftMarkedIncomplete() {
    Span root = tracer.spanBuilder("long poll").startSpan();
    tracer.spanBuilder("step").setParent(Context.root().with(root)).startSpan().end();

    provider.shutdown();

    assertEquals(1, printed.size(), printed::toString);
    assertTrue(printed.get(0).contains(WaterfallSpanExporter.INCOMPLETE_NOTE), printed.get(0));
  }
}
