package io.baton.core.http;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.semconv.HttpAttributes;

/**
 * Nested-client suppression: when the current span is already an HTTP CLIENT span (a library
 * wrapping an HTTP client traced the request itself), the request it wraps gets no second span;
 * its context is still injected so the server continues from that span. This is the
 * OpenTelemetry agent's default "suppress nested spans of the same kind" rule.
 */
public final class OuterHttpClientSpan {

  private OuterHttpClientSpan() {}

  public static boolean isCurrent(Context context) {
    Span span = Span.fromContextOrNull(context);
    if (!(span instanceof ReadableSpan)) {
      return false;
    }
    ReadableSpan current = (ReadableSpan) span;
    return current.getKind() == SpanKind.CLIENT
        && !current.hasEnded()
        && current.getAttribute(HttpAttributes.HTTP_REQUEST_METHOD) != null;
  }
}
