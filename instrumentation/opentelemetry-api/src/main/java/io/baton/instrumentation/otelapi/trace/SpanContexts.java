package io.baton.instrumentation.otelapi.trace;

import io.baton.core.bridge.SpanIdentity;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.TraceStateBuilder;
import java.util.ArrayList;
import java.util.List;

/** Application {@link SpanContext} to {@link SpanIdentity} and back. */
final class SpanContexts {

  private SpanContexts() {}

  static SpanIdentity toIdentity(SpanContext context) {
    List<String> state = new ArrayList<>(context.getTraceState().size() * 2);
    context.getTraceState().forEach((key, value) -> {
      state.add(key);
      state.add(value);
    });
    return new SpanIdentity(
        context.getTraceId(), context.getSpanId(), context.getTraceFlags().asByte(), state, context.isRemote());
  }

  static SpanContext toApplication(SpanIdentity identity) {
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
