package io.baton.instrumentation.withspan;

import io.baton.core.bridge.AgentTracers;
import io.baton.core.bridge.AttributeKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A {@code @SpanAttribute} argument as an attribute: strings, booleans, integral and floating
 * numbers keep their type, arrays and collections become arrays, anything else its
 * {@code toString()}.
 */
final class ArgumentAttributes {

  private ArgumentAttributes() {}

  static void set(Object spanBuilder, String name, Object value) {
    if (value instanceof String) {
      AgentTracers.setAttribute(spanBuilder, name, AttributeKind.STRING, value);
    } else if (value instanceof Boolean) {
      AgentTracers.setAttribute(spanBuilder, name, AttributeKind.BOOLEAN, value);
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      AgentTracers.setAttribute(spanBuilder, name, AttributeKind.LONG, ((Number) value).longValue());
    } else if (value instanceof Double || value instanceof Float) {
      AgentTracers.setAttribute(spanBuilder, name, AttributeKind.DOUBLE, ((Number) value).doubleValue());
    } else if (value instanceof long[] || value instanceof int[]) {
      AgentTracers.setAttribute(spanBuilder, name, AttributeKind.LONG_ARRAY, longs(value));
    } else if (value instanceof double[]) {
      List<Double> doubles = new ArrayList<>();
      for (double d : (double[]) value) {
        doubles.add(d);
      }
      AgentTracers.setAttribute(spanBuilder, name, AttributeKind.DOUBLE_ARRAY, doubles);
    } else if (value instanceof boolean[]) {
      List<Boolean> booleans = new ArrayList<>();
      for (boolean b : (boolean[]) value) {
        booleans.add(b);
      }
      AgentTracers.setAttribute(spanBuilder, name, AttributeKind.BOOLEAN_ARRAY, booleans);
    } else if (value instanceof Object[] || value instanceof Collection) {
      AgentTracers.setAttribute(spanBuilder, name, AttributeKind.STRING_ARRAY, strings(value));
    } else {
      AgentTracers.setAttribute(spanBuilder, name, AttributeKind.STRING, String.valueOf(value));
    }
  }

  private static List<Long> longs(Object array) {
    List<Long> longs = new ArrayList<>();
    if (array instanceof long[]) {
      for (long l : (long[]) array) {
        longs.add(l);
      }
    } else {
      for (int i : (int[]) array) {
        longs.add((long) i);
      }
    }
    return longs;
  }

  private static List<String> strings(Object values) {
    Iterable<?> items = values instanceof Collection ? (Collection<?>) values : java.util.Arrays.asList((Object[]) values);
    List<String> strings = new ArrayList<>();
    for (Object item : items) {
      strings.add(String.valueOf(item));
    }
    return strings;
  }
}
