package io.baton.instrumentation.servlet;

import java.util.Set;

/**
 * The methods semconv knows. Anything else is reported as {@code _OTHER} (with the original kept
 * aside) and named {@code HTTP}: a client inventing methods must not inflate span-name cardinality.
 */
final class HttpMethods {

  private static final Set<String> KNOWN =
      Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "CONNECT", "OPTIONS", "TRACE", "PATCH");

  static final String OTHER = "_OTHER";

  private HttpMethods() {}

  static boolean isKnown(String method) {
    return method != null && KNOWN.contains(method);
  }
}
