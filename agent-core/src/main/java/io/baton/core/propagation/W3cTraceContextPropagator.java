package io.baton.core.propagation;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * W3C Trace Context (levels 1 and 2) over the {@code traceparent} and {@code tracestate} headers.
 *
 * <p>An unusable traceparent (malformed, or present more than once) leaves the context as it was,
 * so no remote parent is set and the next span starts a new trace; another propagator of a
 * composite may still supply a parent. Never throws: a failing carrier counts as absent headers.
 */
final class W3cTraceContextPropagator implements TextMapPropagator {

  static final String TRACEPARENT = "traceparent";
  static final String TRACESTATE = "tracestate";

  private static final List<String> FIELDS =
      Collections.unmodifiableList(Arrays.asList(TRACEPARENT, TRACESTATE));

  private static final W3cTraceContextPropagator INSTANCE = new W3cTraceContextPropagator();

  static W3cTraceContextPropagator getInstance() {
    return INSTANCE;
  }

  private W3cTraceContextPropagator() {}

  @Override
  public Collection<String> fields() {
    return FIELDS;
  }

  @Override
  public <C> void inject(Context context, C carrier, TextMapSetter<C> setter) {
    if (context == null || setter == null) {
      return;
    }
    try {
      SpanContext spanContext = Span.fromContext(context).getSpanContext();
      if (!spanContext.isValid()) {
        return;
      }
      setter.set(carrier, TRACEPARENT, TraceParent.format(spanContext));
      String traceState = TraceStateWriter.write(spanContext.getTraceState());
      if (traceState != null) {
        setter.set(carrier, TRACESTATE, traceState);
      }
    } catch (RuntimeException carrierFailed) {
      // a setter that throws (e.g. response already committed) must not break the caller
    }
  }

  @Override
  public <C> Context extract(Context context, C carrier, TextMapGetter<C> getter) {
    if (context == null) {
      context = Context.root();
    }
    if (getter == null) {
      return context;
    }
    try {
      SpanContext remote = extractSpanContext(carrier, getter);
      return remote == null ? context : context.with(Span.wrap(remote));
    } catch (RuntimeException carrierFailed) {
      return context;
    }
  }

  private static <C> SpanContext extractSpanContext(C carrier, TextMapGetter<C> getter) {
    TraceParent parent = TraceParent.parse(singleValue(getter, carrier));
    if (parent == null) {
      return null;
    }
    // Only a valid traceparent lets tracestate be read; a bad tracestate never voids the parent.
    TraceState state = TraceStateParser.parse(HeaderValues.all(getter, carrier, TRACESTATE));
    return SpanContext.createFromRemoteParent(
        parent.traceId, parent.spanId, TraceFlags.fromByte(parent.flags), state);
  }

  /** The only traceparent value, or null when there is none or more than one. */
  private static <C> String singleValue(TextMapGetter<C> getter, C carrier) {
    Iterator<String> values = HeaderValues.all(getter, carrier, TRACEPARENT);
    String found = null;
    while (values.hasNext()) {
      String value = values.next();
      if (value == null) {
        continue;
      }
      if (found != null) {
        return null; // a repeated traceparent is ambiguous, hence invalid
      }
      found = value;
    }
    return found;
  }

  @Override
  public String toString() {
    return "BatonW3cTraceContextPropagator";
  }
}
