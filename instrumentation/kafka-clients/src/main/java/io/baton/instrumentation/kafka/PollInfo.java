package io.baton.instrumentation.kafka;

import io.opentelemetry.api.trace.SpanContext;

/** What a poll hands to the process spans of its records: the poll span to link, and the client. */
final class PollInfo {

  private final SpanContext pollSpan;
  private final ClientIdentity client;

  PollInfo(SpanContext pollSpan, ClientIdentity client) {
    this.pollSpan = pollSpan;
    this.client = client;
  }

  SpanContext pollSpan() {
    return pollSpan;
  }

  ClientIdentity client() {
    return client;
  }
}
