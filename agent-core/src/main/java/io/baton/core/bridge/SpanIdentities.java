package io.baton.core.bridge;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.TraceStateBuilder;
import java.util.ArrayList;
import java.util.List;

/** Agent {@link SpanContext} to and from {@link SpanIdentity}. */
final class SpanIdentities {

  private SpanIdentities() {}

  static SpanIdentity of(SpanContext context) {
    List<String> state = new ArrayList<>(context.getTraceState().size() * 2);
    context.getTraceState().forEach((key, value) -> {
      state.add(key);
      state.add(value);
    });
    return new SpanIdentity(
        context.getTraceId(), context.getSpanId(), context.getTraceFlags().asByte(), state, context.isRemote());
  }

  static SpanContext toSpanContext(SpanIdentity identity) {
    TraceFlags flags = TraceFlags.fromByte(identity.traceFlags());
    TraceState state = traceState(identity.traceState());
    return identity.isRemote()
        ? SpanContext.createFromRemoteParent(identity.traceId(), identity.spanId(), flags, state)
        : SpanContext.create(identity.traceId(), identity.spanId(), flags, state);
  }

  /** A later put lands in front of earlier ones, so entries go in from last to first. */
  private static TraceState traceState(List<String> keysAndValues) {
    if (keysAndValues.isEmpty()) {
      return TraceState.getDefault();
    }
    TraceStateBuilder builder = TraceState.builder();
    for (int i = keysAndValues.size() - 2; i >= 0; i -= 2) {
      builder.put(keysAndValues.get(i), keysAndValues.get(i + 1));
    }
    return builder.build();
  }
}
