package io.baton.core.bridge;

import io.opentelemetry.api.trace.SpanKind;

/** Span kinds and status codes cross the bridge by name: both APIs use the same enum constants. */
final class SpanKinds {

  private SpanKinds() {}

  static SpanKind named(String name) {
    for (SpanKind kind : SpanKind.values()) {
      if (kind.name().equals(name)) {
        return kind;
      }
    }
    return null;
  }
}
