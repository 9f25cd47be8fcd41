package io.baton.instrumentation.withspan;

/** What the annotations say about one method: span name, kind, parent, parameter attributes. */
final class SpanTemplate {

  private final String spanName;
  private final String kind;
  private final boolean inheritsContext;
  /** Attribute name per parameter index; null where the parameter is not a {@code @SpanAttribute}. */
  private final String[] attributeNames;

  SpanTemplate(String spanName, String kind, boolean inheritsContext, String[] attributeNames) {
    this.spanName = spanName;
    this.kind = kind;
    this.inheritsContext = inheritsContext;
    this.attributeNames = attributeNames;
  }

  String spanName() {
    return spanName;
  }

  String kind() {
    return kind;
  }

  boolean inheritsContext() {
    return inheritsContext;
  }

  void addAttributes(Object spanBuilder, Object[] arguments) {
    if (attributeNames == null || arguments == null) {
      return;
    }
    for (int i = 0; i < attributeNames.length && i < arguments.length; i++) {
      if (attributeNames[i] != null && arguments[i] != null) {
        ArgumentAttributes.set(spanBuilder, attributeNames[i], arguments[i]);
      }
    }
  }
}
