package io.baton.core.bridge;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A span context in plain values: what both APIs' {@code SpanContext} hold. The trace state is a
 * list of alternating keys and values in header order (first entry first).
 */
public final class SpanIdentity {

  private final String traceId;
  private final String spanId;
  private final byte traceFlags;
  private final List<String> traceState;
  private final boolean remote;

  public SpanIdentity(String traceId, String spanId, byte traceFlags, List<String> traceState, boolean remote) {
    this.traceId = traceId;
    this.spanId = spanId;
    this.traceFlags = traceFlags;
    this.traceState = traceState == null ? Collections.<String>emptyList() : traceState;
    this.remote = remote;
  }

  public String traceId() {
    return traceId;
  }

  public String spanId() {
    return spanId;
  }

  public byte traceFlags() {
    return traceFlags;
  }

  /** Keys and values alternating, in header order. */
  public List<String> traceState() {
    return traceState;
  }

  public boolean isRemote() {
    return remote;
  }

  @Override
  public String toString() {
    return traceId + "-" + spanId + "-" + traceFlags + (remote ? " remote " : " ") + Arrays.toString(traceState.toArray());
  }
}
