package io.baton.core.sdk;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the code every traced request runs (span start and end, attributes, events, links,
 * context, W3C inject and extract) once on the agent's start thread. In the benchmark app the
 * class-load log showed about 180 SDK, API and context classes loaded by the first request's
 * thread; loading them here takes that off the application's first requests. The spans come from
 * a scratch provider without processors: nothing is exported.
 */
final class SdkWarmup {

  private static final TextMapGetter<Map<String, String>> MAP_GETTER =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
          return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
          return carrier == null ? null : carrier.get(key);
        }
      };

  private SdkWarmup() {}

  static void run(OpenTelemetry sdk) {
    TextMapPropagator propagator = sdk.getPropagators().getTextMapPropagator();
    try (SdkTracerProvider scratch = SdkTracerProvider.builder().build()) {
      Tracer tracer = scratch.get("io.baton.warmup");
      Span parent = tracer.spanBuilder("warmup").setSpanKind(SpanKind.SERVER)
          .setAttribute("s", "v").setAttribute("l", 1L).setAttribute("b", true).setAttribute("d", 1.0)
          .startSpan();
      try (Scope ignored = parent.makeCurrent()) {
        Span child = tracer.spanBuilder("child").setSpanKind(SpanKind.CLIENT).addLink(parent.getSpanContext())
            .startSpan();
        child.addEvent("event");
        child.recordException(new IllegalStateException("warmup"));
        child.setStatus(StatusCode.ERROR);
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(Context.current().with(child).with(Baggage.builder().put("k", "v").build()), carrier, Map::put);
        propagator.extract(Context.root(), carrier, MAP_GETTER);
        child.end();
      }
      parent.end();
    }
  }
}
