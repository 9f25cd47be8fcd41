package io.baton.instrumentation.servlet;

import io.baton.core.http.HttpMethods;

/** {@code {method} {route}}, or just {@code {method}}: never ids or query strings. */
final class SpanNames {

  private SpanNames() {}

  static String of(String method, String route) {
    String verb = HttpMethods.isKnown(method) ? method : "HTTP";
    return route == null ? verb : verb + " " + route;
  }
}
