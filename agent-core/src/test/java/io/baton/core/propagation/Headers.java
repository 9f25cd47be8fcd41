package io.baton.core.propagation;

import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A test carrier: HTTP-like headers, names case-insensitive, each name possibly repeated. */
final class Headers {

  /** Reports every value of a repeated header, like a servlet's getHeaders. */
  static final TextMapGetter<Headers> GETTER =
      new TextMapGetter<Headers>() {
        @Override
        public Iterable<String> keys(Headers carrier) {
          return carrier.values.keySet();
        }

        @Override
        public String get(Headers carrier, String key) {
          List<String> found = carrier.values.get(key.toLowerCase(Locale.ROOT));
          return found == null ? null : found.get(0);
        }

        @Override
        public Iterator<String> getAll(Headers carrier, String key) {
          List<String> found = carrier.values.get(key.toLowerCase(Locale.ROOT));
          return found == null ? Collections.<String>emptyIterator() : found.iterator();
        }
      };

  /** Knows only get(), like most older getters: sees the first value of a repeated header. */
  static final TextMapGetter<Headers> SINGLE_VALUE_GETTER =
      new TextMapGetter<Headers>() {
        @Override
        public Iterable<String> keys(Headers carrier) {
          return carrier.values.keySet();
        }

        @Override
        public String get(Headers carrier, String key) {
          return GETTER.get(carrier, key);
        }
      };

  static final TextMapSetter<Headers> SETTER = (carrier, key, value) -> carrier.set(key, value);

  private final Map<String, List<String>> values = new LinkedHashMap<>();

  static Headers of(String... namesAndValues) {
    Headers headers = new Headers();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      headers.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return headers;
  }

  Headers add(String name, String value) {
    values.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(value);
    return this;
  }

  void set(String name, String value) {
    List<String> single = new ArrayList<>();
    single.add(value);
    values.put(name.toLowerCase(Locale.ROOT), single);
  }

  /** The only value of {@code name}, or null; fails if the header was written more than once. */
  String value(String name) {
    List<String> found = values.get(name.toLowerCase(Locale.ROOT));
    if (found == null) {
      return null;
    }
    if (found.size() != 1) {
      throw new AssertionError(name + " written " + found.size() + " times: " + found);
    }
    return found.get(0);
  }

  boolean isEmpty() {
    return values.isEmpty();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
