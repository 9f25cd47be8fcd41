package io.baton.core.bridge;

import java.util.ArrayList;
import java.util.List;

/**
 * Attributes on their way from the application's API to the agent's, for events, links and
 * exceptions: names, kinds and values in insertion order. Built by the application side, read
 * once by {@link AgentAttributes}.
 */
public final class AttributeList {

  final List<String> names = new ArrayList<>();
  final List<AttributeKind> kinds = new ArrayList<>();
  final List<Object> values = new ArrayList<>();

  public AttributeList add(String name, AttributeKind kind, Object value) {
    if (name != null && kind != null && value != null) {
      names.add(name);
      kinds.add(kind);
      values.add(value);
    }
    return this;
  }

  public int size() {
    return names.size();
  }
}
