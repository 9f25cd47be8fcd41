package io.baton.core.bridge;

/**
 * The attribute value types both APIs know, named like OpenTelemetry's {@code AttributeType} so
 * the application side can map by name. Array kinds carry a {@code java.util.List}.
 */
public enum AttributeKind {
  STRING,
  BOOLEAN,
  LONG,
  DOUBLE,
  STRING_ARRAY,
  BOOLEAN_ARRAY,
  LONG_ARRAY,
  DOUBLE_ARRAY;

  /** The kind with this {@code AttributeType} name, or null for types we cannot carry (e.g. VALUE). */
  public static AttributeKind named(String attributeTypeName) {
    for (AttributeKind kind : values()) {
      if (kind.name().equals(attributeTypeName)) {
        return kind;
      }
    }
    return null;
  }
}
