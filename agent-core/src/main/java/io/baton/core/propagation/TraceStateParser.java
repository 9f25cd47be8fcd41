package io.baton.core.propagation;

import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.TraceStateBuilder;
import java.util.Iterator;

/**
 * Reads received {@code tracestate} header values into a {@link TraceState}.
 *
 * <p>Several header values are one list, joined with commas in the order received (RFC 7230 field
 * combination), so the values are scanned one after another as if joined, without building the
 * joined string.
 *
 * <p>A header that is not a valid {@code list} is discarded whole, which the spec allows for a
 * tracestate that cannot be parsed and which the W3C conformance suite expects: a malformed member,
 * a duplicated key, or more than 32 members all yield the empty trace state. Receiving more than 32
 * members is a malformed list, not a reason to truncate: the truncation rules in the spec govern
 * what a vendor sends (see {@link TraceStateWriter}).
 */
final class TraceStateParser {

  private TraceStateParser() {}

  static TraceState parse(Iterator<String> headerValues) {
    String[] keys = null;
    String[] values = null;
    int count = 0;
    while (headerValues.hasNext()) {
      String header = headerValues.next();
      if (header == null) {
        continue;
      }
      int length = header.length();
      int position = 0;
      while (position <= length) {
        int comma = header.indexOf(',', position);
        if (comma < 0) {
          comma = length;
        }
        int start = HeaderValues.skipOwsForward(header, position, comma);
        int end = HeaderValues.skipOwsBackward(header, start, comma);
        position = comma + 1;
        if (start == end) {
          continue; // empty and whitespace-only members are allowed and carry nothing
        }
        if (count == TraceStateGrammar.MAX_MEMBERS) {
          return TraceState.getDefault();
        }
        int equals = HeaderValues.indexOf(header, '=', start, end);
        if (equals < 0
            || !TraceStateGrammar.isValidKey(header, start, equals)
            || !TraceStateGrammar.isValidValue(header, equals + 1, end)) {
          return TraceState.getDefault();
        }
        String key = header.substring(start, equals);
        if (keys == null) {
          keys = new String[TraceStateGrammar.MAX_MEMBERS];
          values = new String[TraceStateGrammar.MAX_MEMBERS];
        } else if (contains(keys, count, key)) {
          return TraceState.getDefault();
        }
        keys[count] = key;
        values[count] = header.substring(equals + 1, end);
        count++;
      }
    }
    if (count == 0) {
      return TraceState.getDefault();
    }
    // The builder puts each new key at the front, so feeding it right to left keeps header order.
    TraceStateBuilder builder = TraceState.builder();
    for (int i = count - 1; i >= 0; i--) {
      builder.put(keys[i], values[i]);
    }
    return builder.build();
  }

  private static boolean contains(String[] keys, int count, String key) {
    for (int i = 0; i < count; i++) {
      if (keys[i].equals(key)) {
        return true;
      }
    }
    return false;
  }
}
