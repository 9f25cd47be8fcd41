package io.baton.core.propagation;

import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.Collections;
import java.util.Iterator;

/**
 * Reads every value a carrier holds for one header, and the OWS rules shared by the W3C headers.
 */
final class HeaderValues {

  private HeaderValues() {}

  /**
   * All values of {@code name}, in carrier order. {@link TextMapGetter#getAll} already falls back
   * to {@code get} for getters that only know one value, so repeated headers are seen whenever the
   * carrier can report them. Absent headers cost no allocation.
   */
  static <C> Iterator<String> all(TextMapGetter<C> getter, C carrier, String name) {
    Iterator<String> values = getter.getAll(carrier, name);
    return values == null ? Collections.<String>emptyIterator() : values;
  }

  /** RFC 7230 OWS: space or horizontal tab, nothing else. */
  static boolean isOws(char c) {
    return c == ' ' || c == '\t';
  }

  static int skipOwsForward(String s, int from, int to) {
    while (from < to && isOws(s.charAt(from))) {
      from++;
    }
    return from;
  }

  static int skipOwsBackward(String s, int from, int to) {
    while (to > from && isOws(s.charAt(to - 1))) {
      to--;
    }
    return to;
  }

  /**
   * indexOf bounded to {@code [from, to)}; -1 when absent. Never looks past {@code to}: an
   * unbounded {@link String#indexOf} per list-member would make parsing quadratic on long headers.
   */
  static int indexOf(String s, char c, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }
}
