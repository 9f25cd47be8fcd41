package io.baton.instrumentation.javahttpclient;

import io.baton.core.api.Tracing;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.net.http.HttpRequest;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Puts the context into the request through the configured propagators. {@code HttpRequest} is
 * immutable, so this returns a copy: the headers the propagators write replace any the
 * application set under the same names (never two {@code traceparent}s), every other header is
 * kept. A {@code tracestate} belongs to the {@code traceparent} it came with, so a new
 * {@code traceparent} also drops the application's old {@code tracestate}.
 */
final class TraceHeaders {

  private static final TextMapSetter<Map<String, String>> MAP_SETTER = Map::put;

  private TraceHeaders() {}

  static HttpRequest inject(HttpRequest request, Context context) {
    Map<String, String> injected = new LinkedHashMap<>(4);
    Tracing.propagator().inject(context, injected, MAP_SETTER);
    if (injected.isEmpty()) {
      return request;
    }
    Set<String> replaced = new HashSet<>(4);
    for (String name : injected.keySet()) {
      replaced.add(name.toLowerCase(Locale.ROOT));
    }
    if (replaced.contains("traceparent")) {
      replaced.add("tracestate");
    }
    HttpRequest.Builder copy = RequestCopy.without(request, replaced);
    injected.forEach(copy::setHeader);
    return copy.build();
  }
}
