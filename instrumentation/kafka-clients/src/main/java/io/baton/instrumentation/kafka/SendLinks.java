package io.baton.instrumentation.kafka;

import io.baton.core.api.Tracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * Semconv 1.37 links a poll span to the send span of each record it received. Capped: a poll
 * can return thousands of records, and a span with that many links helps nobody.
 */
final class SendLinks {

  static final int MAX_LINKS = 128;

  private SendLinks() {}

  static void addTo(SpanBuilder poll, ConsumerRecords<?, ?> records) {
    TextMapPropagator propagator = Tracing.propagator();
    int added = 0;
    // iterates the records before the application does: ConsumerRecords is not yet traced here
    for (ConsumerRecord<?, ?> record : records) {
      if (!record.headers().iterator().hasNext()) {
        continue; // cheap skip for records sent without headers
      }
      SpanContext send =
          Span.fromContext(propagator.extract(Context.root(), record, RecordHeadersGetter.INSTANCE)).getSpanContext();
      if (send.isValid()) {
        poll.addLink(send);
        if (++added == MAX_LINKS) {
          return;
        }
      }
    }
  }
}
