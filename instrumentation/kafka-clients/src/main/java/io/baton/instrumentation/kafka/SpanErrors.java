package io.baton.instrumentation.kafka;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.semconv.ErrorAttributes;

/** A failed operation: ERROR status, the exception as an event and its class as error.type. */
final class SpanErrors {

  private SpanErrors() {}

  static void record(Span span, Throwable error) {
    span.setStatus(StatusCode.ERROR);
    span.recordException(error);
    span.setAttribute(ErrorAttributes.ERROR_TYPE, error.getClass().getName());
  }
}
