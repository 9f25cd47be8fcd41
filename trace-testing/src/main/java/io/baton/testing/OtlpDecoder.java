package io.baton.testing;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Flattens an OTLP export request into {@link ReceivedSpan}s, each carrying its resource and scope. */
final class OtlpDecoder {

  private static final HexFormat HEX = HexFormat.of();

  private OtlpDecoder() {}

  static List<ReceivedSpan> decode(ExportTraceServiceRequest request) {
    List<ReceivedSpan> spans = new ArrayList<>();
    for (ResourceSpans resourceSpans : request.getResourceSpansList()) {
      Resource resource = resourceSpans.getResource();
      Map<String, Object> resourceAttributes = attributes(resource.getAttributesList());
      for (ScopeSpans scopeSpans : resourceSpans.getScopeSpansList()) {
        for (Span span : scopeSpans.getSpansList()) {
          spans.add(span(span, resourceAttributes, scopeSpans));
        }
      }
    }
    return spans;
  }

  private static ReceivedSpan span(Span span, Map<String, Object> resourceAttributes, ScopeSpans scope) {
    return new ReceivedSpan(
        hex(span.getTraceId()),
        hex(span.getSpanId()),
        hex(span.getParentSpanId()),
        span.getName(),
        kind(span.getKind()),
        attributes(span.getAttributesList()),
        new ReceivedSpan.Status(statusCode(span.getStatus().getCode()), span.getStatus().getMessage()),
        span.getEventsList().stream()
            .map(e -> new ReceivedSpan.Event(e.getName(), e.getTimeUnixNano(), attributes(e.getAttributesList())))
            .toList(),
        span.getLinksList().stream()
            .map(l -> new ReceivedSpan.Link(hex(l.getTraceId()), hex(l.getSpanId()), attributes(l.getAttributesList())))
            .toList(),
        span.getStartTimeUnixNano(),
        span.getEndTimeUnixNano(),
        resourceAttributes,
        scope.getScope().getName(),
        scope.getScope().getVersion());
  }

  private static String hex(ByteString bytes) {
    return HEX.formatHex(bytes.toByteArray());
  }

  private static ReceivedSpan.Kind kind(Span.SpanKind kind) {
    switch (kind) {
      case SPAN_KIND_INTERNAL: return ReceivedSpan.Kind.INTERNAL;
      case SPAN_KIND_SERVER: return ReceivedSpan.Kind.SERVER;
      case SPAN_KIND_CLIENT: return ReceivedSpan.Kind.CLIENT;
      case SPAN_KIND_PRODUCER: return ReceivedSpan.Kind.PRODUCER;
      case SPAN_KIND_CONSUMER: return ReceivedSpan.Kind.CONSUMER;
      default: return ReceivedSpan.Kind.UNSPECIFIED;
    }
  }

  private static ReceivedSpan.StatusCode statusCode(io.opentelemetry.proto.trace.v1.Status.StatusCode code) {
    switch (code) {
      case STATUS_CODE_OK: return ReceivedSpan.StatusCode.OK;
      case STATUS_CODE_ERROR: return ReceivedSpan.StatusCode.ERROR;
      default: return ReceivedSpan.StatusCode.UNSET;
    }
  }

  private static Map<String, Object> attributes(List<KeyValue> keyValues) {
    // insertion-ordered only for readable failure messages; ReceivedSpan copies it immutably
    Map<String, Object> map = new LinkedHashMap<>();
    for (KeyValue kv : keyValues) {
      Object value = value(kv.getValue());
      if (value != null) {
        map.put(kv.getKey(), value);
      }
    }
    return map;
  }

  private static Object value(AnyValue value) {
    switch (value.getValueCase()) {
      case STRING_VALUE: return value.getStringValue();
      case BOOL_VALUE: return value.getBoolValue();
      case INT_VALUE: return value.getIntValue();
      case DOUBLE_VALUE: return value.getDoubleValue();
      case ARRAY_VALUE: return value.getArrayValue().getValuesList().stream().map(OtlpDecoder::value).toList();
      case KVLIST_VALUE: return Map.copyOf(attributes(value.getKvlistValue().getValuesList()));
      case BYTES_VALUE: return value.getBytesValue().asReadOnlyByteBuffer();
      default: return null;
    }
  }
}
