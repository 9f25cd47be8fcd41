package io.baton.core.propagation;

import io.opentelemetry.api.trace.TraceState;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes a {@link TraceState} as a single {@code tracestate} header value.
 *
 * <p>Only what the grammar allows is sent: members whose key or value is malformed, or whose key
 * repeats an earlier one, are left out (a {@link TraceState} from the OpenTelemetry builder never
 * has them, other implementations might). When more than 32 members remain, the spec's truncation
 * order applies: whole members longer than 128 characters go first, then members from the right
 * end, until 32 are left. No character limit is imposed beyond that, so the spec's "propagate at
 * least 512 characters" always holds.
 */
final class TraceStateWriter {

  /** Members longer than this are the first to go when truncating (spec: "larger than 128"). */
  static final int LONG_MEMBER = 128;

  private TraceStateWriter() {}

  /** The header value, or null when there is nothing to send. */
  static String write(TraceState state) {
    if (state == null || state.isEmpty()) {
      return null;
    }
    List<String> members = new ArrayList<>(state.size());
    Set<String> keys = new HashSet<>();
    state.forEach(
        (key, value) -> {
          if (TraceStateGrammar.isValidKey(key)
              && TraceStateGrammar.isValidValue(value)
              && keys.add(key)) {
            members.add(key + '=' + value);
          }
        });
    truncate(members);
    if (members.isEmpty()) {
      return null;
    }
    return String.join(",", members);
  }

  private static void truncate(List<String> members) {
    for (int i = members.size() - 1;
        i >= 0 && members.size() > TraceStateGrammar.MAX_MEMBERS;
        i--) {
      if (members.get(i).length() > LONG_MEMBER) {
        members.remove(i);
      }
    }
    while (members.size() > TraceStateGrammar.MAX_MEMBERS) {
      members.remove(members.size() - 1);
    }
  }
}
