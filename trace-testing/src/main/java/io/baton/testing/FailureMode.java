package io.baton.testing;

/** How the receiver answers, so tests can prove a misbehaving collector never blocks the app. */
public enum FailureMode {
  /** Decode, keep the spans, answer success. */
  NONE,
  /** Reject at once: HTTP 503 / gRPC UNAVAILABLE. Spans are not kept. */
  UNAVAILABLE,
  /** Never answer until the mode changes or the receiver closes; then reject as {@link #UNAVAILABLE}. */
  HANG
}
