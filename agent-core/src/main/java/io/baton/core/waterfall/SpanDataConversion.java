package io.baton.core.waterfall;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.semconv.ErrorAttributes;
import io.opentelemetry.semconv.ExceptionAttributes;
import io.opentelemetry.semconv.ServiceAttributes;

/** The SDK's view of a span, reduced to what the waterfall draws. */
final class SpanDataConversion {

  private SpanDataConversion() {}

  static WaterfallSpan toWaterfall(SpanData span) {
    SpanContext parent = span.getParentSpanContext();
    WaterfallSpan.Builder builder = WaterfallSpan.builder(span.getTraceId(), span.getSpanId())
        .parentSpanId(parent.isValid() ? parent.getSpanId() : "")
        .name(span.getName())
        .service(span.getResource().getAttribute(ServiceAttributes.SERVICE_NAME))
        .kind(span.getKind().name())
        .startNanos(span.getStartEpochNanos())
        .endNanos(span.getEndEpochNanos());
    if (span.getStatus().getStatusCode() == StatusCode.ERROR) {
      builder.error(errorDescription(span));
    }
    return builder.build();
  }

  /** Started here with no parent, or continuing a parent from another process: where this process's part ends. */
  static boolean isLocalRoot(SpanData span) {
    SpanContext parent = span.getParentSpanContext();
    return !parent.isValid() || parent.isRemote();
  }

  static boolean hasRemoteParent(SpanData span) {
    return span.getParentSpanContext().isValid() && span.getParentSpanContext().isRemote();
  }

  /** The status description, else {@code error.type}, else the recorded exception: whatever says most, briefly. */
  private static String errorDescription(SpanData span) {
    String description = span.getStatus().getDescription();
    String errorType = span.getAttributes().get(ErrorAttributes.ERROR_TYPE);
    String exception = exception(span);
    if (exception != null) {
      return description.isEmpty() || exception.contains(description) ? exception : description + " (" + exception + ")";
    }
    if (!description.isEmpty()) {
      return description;
    }
    return errorType == null ? "" : errorType;
  }

  private static String exception(SpanData span) {
    for (EventData event : span.getEvents()) {
      if ("exception".equals(event.getName())) {
        String type = event.getAttributes().get(ExceptionAttributes.EXCEPTION_TYPE);
        String message = event.getAttributes().get(ExceptionAttributes.EXCEPTION_MESSAGE);
        String simpleType = type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
        return message == null || message.isEmpty() ? simpleType : simpleType + ": " + message;
      }
    }
    return null;
  }

}
