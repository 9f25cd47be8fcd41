package io.baton.smoke.shop;

import io.baton.core.waterfall.WaterfallRenderer;
import io.baton.core.waterfall.WaterfallSpan;
import io.baton.testing.OtlpReceiver;
import io.baton.testing.ReceivedSpan;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** Traces as the collector received them from every process: picked out by id, drawn as one waterfall. */
public final class ShopTraces {

  private ShopTraces() {}

  /** The trace of the order placed with {@code ref=<ref>} in its query, found by the gateway's span (which records the query). */
  public static String awaitOrderTraceId(OtlpReceiver receiver, String ref, Duration timeout) {
    return receiver.awaitSpan(s -> s.kind() == ReceivedSpan.Kind.SERVER && Shop.GATEWAY.equals(s.resourceAttribute("service.name"))
        && String.valueOf(s.attribute("url.query")).contains("ref=" + ref), "the gateway's span of order " + ref, timeout).traceId();
  }

  /** Waits until at least {@code count} spans of the trace arrived; returns that trace's spans. */
  public static List<ReceivedSpan> awaitTrace(OtlpReceiver receiver, String traceId, int count, Duration timeout) {
    return ofTrace(receiver.awaitSpans(all -> ofTrace(all, traceId).size() >= count,
        count + " spans of trace " + traceId, timeout), traceId);
  }

  public static List<ReceivedSpan> ofTrace(List<ReceivedSpan> spans, String traceId) {
    return spans.stream().filter(s -> s.traceId().equals(traceId)).collect(Collectors.toList());
  }

  /** The whole cross-process trace, drawn by the agent's own waterfall renderer. */
  public static String waterfall(List<ReceivedSpan> spans, WaterfallRenderer renderer) {
    return renderer.render(spans.stream().map(ShopTraces::toWaterfall).collect(Collectors.toList()));
  }

  static WaterfallSpan toWaterfall(ReceivedSpan span) {
    WaterfallSpan.Builder builder = WaterfallSpan.builder(span.traceId(), span.spanId())
        .parentSpanId(span.parentSpanId())
        .name(span.name())
        .service(String.valueOf(span.resourceAttribute("service.name")))
        .kind(span.kind().name())
        .startNanos(span.startEpochNanos())
        .endNanos(span.endEpochNanos());
    if (span.status().code() == ReceivedSpan.StatusCode.ERROR) {
      Object errorType = span.attribute("error.type");
      String message = span.status().message();
      builder.error(message != null && !message.isEmpty() ? message : errorType == null ? "" : errorType.toString());
    }
    return builder.build();
  }
}
