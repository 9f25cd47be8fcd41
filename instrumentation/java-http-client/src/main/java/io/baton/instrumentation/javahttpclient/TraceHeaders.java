package io.baton.instrumentation.javahttpclient;

import io.baton.core.api.Tracing;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the context into the request through the configured propagators. {@code HttpRequest} is
 * immutable, so this returns another request: the headers the propagators write replace any the
 * application set under the same names (never two {@code traceparent}s), every other header is
 * kept. A {@code tracestate} belongs to the {@code traceparent} it came with, so a new
 * {@code traceparent} also drops the application's old {@code tracestate}.
 */
final class TraceHeaders {

  private TraceHeaders() {}

  static HttpRequest inject(HttpRequest request, Context context) {
    Injected injected = new Injected();
    Tracing.propagator().inject(context, injected, Injected.SETTER);
    if (injected.count == 0) {
      return request;
    }
    return new PropagatingRequest(request, HttpHeaders.of(merged(request.headers().map(), injected), (n, v) -> true));
  }

  private static Map<String, List<String>> merged(Map<String, List<String>> app, Injected injected) {
    if (app.isEmpty() && injected.count == 1) {
      return Map.of(injected.names[0], List.of(injected.values[0]));
    }
    Map<String, List<String>> headers = new HashMap<>(app.size() + injected.count + 1, 1f);
    app.forEach(
        (name, values) -> {
          if (!injected.replaces(name)) {
            headers.put(name, values);
          }
        });
    for (int i = 0; i < injected.count; i++) {
      headers.put(injected.names[i], List.of(injected.values[i]));
    }
    return headers;
  }

  /**
   * What the propagators wrote, in order. Two small arrays rather than a map and a set of
   * lower-cased names: this runs for every outgoing request.
   */
  private static final class Injected {
    static final TextMapSetter<Injected> SETTER = Injected::put;

    String[] names = new String[4];
    String[] values = new String[4];
    int count;

    void put(String name, String value) {
      for (int i = 0; i < count; i++) {
        if (names[i].equalsIgnoreCase(name)) {
          values[i] = value;
          return;
        }
      }
      if (count == names.length) {
        names = Arrays.copyOf(names, count * 2);
        values = Arrays.copyOf(values, count * 2);
      }
      names[count] = name;
      values[count++] = value;
    }

    /** The application's header of this name gives way: one of ours, or the tracestate of a replaced traceparent. */
    boolean replaces(String name) {
      for (int i = 0; i < count; i++) {
        if (names[i].equalsIgnoreCase(name)
            || (name.equalsIgnoreCase("tracestate") && names[i].equalsIgnoreCase("traceparent"))) {
          return true;
        }
      }
      return false;
    }
  }
}
