package io.baton.core.bridge;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import java.util.List;

/** Turns bridge attributes into the agent's typed {@link AttributeKey}s and {@link Attributes}. */
final class AgentAttributes {

  private AgentAttributes() {}

  @SuppressWarnings("unchecked")
  static AttributeKey<Object> key(String name, AttributeKind kind) {
    switch (kind) {
      case STRING:
        return (AttributeKey<Object>) (AttributeKey<?>) AttributeKey.stringKey(name);
      case BOOLEAN:
        return (AttributeKey<Object>) (AttributeKey<?>) AttributeKey.booleanKey(name);
      case LONG:
        return (AttributeKey<Object>) (AttributeKey<?>) AttributeKey.longKey(name);
      case DOUBLE:
        return (AttributeKey<Object>) (AttributeKey<?>) AttributeKey.doubleKey(name);
      case STRING_ARRAY:
        return (AttributeKey<Object>) (AttributeKey<?>) AttributeKey.stringArrayKey(name);
      case BOOLEAN_ARRAY:
        return (AttributeKey<Object>) (AttributeKey<?>) AttributeKey.booleanArrayKey(name);
      case LONG_ARRAY:
        return (AttributeKey<Object>) (AttributeKey<?>) AttributeKey.longArrayKey(name);
      default:
        return (AttributeKey<Object>) (AttributeKey<?>) AttributeKey.doubleArrayKey(name);
    }
  }

  /** The value as the agent's key type expects it; null when it does not fit (dropped, as the API would). */
  static Object value(AttributeKind kind, Object value) {
    switch (kind) {
      case STRING:
        return value instanceof String ? value : null;
      case BOOLEAN:
        return value instanceof Boolean ? value : null;
      case LONG:
        return value instanceof Number ? ((Number) value).longValue() : null;
      case DOUBLE:
        return value instanceof Number ? ((Number) value).doubleValue() : null;
      default:
        return value instanceof List ? value : null;
    }
  }

  static Attributes toAttributes(AttributeList list) {
    if (list == null || list.size() == 0) {
      return Attributes.empty();
    }
    AttributesBuilder builder = Attributes.builder();
    for (int i = 0; i < list.size(); i++) {
      AttributeKind kind = list.kinds.get(i);
      Object value = value(kind, list.values.get(i));
      if (value != null) {
        builder.put(key(list.names.get(i), kind), value);
      }
    }
    return builder.build();
  }
}
