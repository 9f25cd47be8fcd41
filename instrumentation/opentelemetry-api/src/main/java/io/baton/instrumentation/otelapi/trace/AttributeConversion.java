package io.baton.instrumentation.otelapi.trace;

import io.baton.core.bridge.AttributeKind;
import io.baton.core.bridge.AttributeList;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;

/**
 * Application attribute keys and attributes to bridge values. Types map by name; a type the
 * agent cannot carry (the {@code VALUE} type of newer APIs) is dropped.
 */
final class AttributeConversion {

  private AttributeConversion() {}

  static AttributeKind kind(AttributeKey<?> key) {
    return key == null ? null : AttributeKind.named(key.getType().name());
  }

  static AttributeList toList(Attributes attributes) {
    if (attributes == null || attributes.isEmpty()) {
      return null;
    }
    AttributeList list = new AttributeList();
    attributes.forEach((key, value) -> list.add(key.getKey(), kind(key), value));
    return list;
  }
}
