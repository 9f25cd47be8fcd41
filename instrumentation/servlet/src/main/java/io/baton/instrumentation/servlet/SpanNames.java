package io.baton.instrumentation.servlet;

import io.baton.core.api.PrefixedNames;
import io.baton.core.http.HttpMethods;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** {@code {method} {route}}, or just {@code {method}}: never ids or query strings. */
final class SpanNames {

  /** One per verb: an application has few routes, and each request would build its name again. */
  private static final ConcurrentMap<String, PrefixedNames> BY_VERB = new ConcurrentHashMap<>();

  private SpanNames() {}

  static String of(String method, String route) {
    String verb = HttpMethods.isKnown(method) ? method : "HTTP";
    return route == null ? verb : BY_VERB.computeIfAbsent(verb, v -> new PrefixedNames(v + " ")).of(route);
  }
}
