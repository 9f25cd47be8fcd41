package io.baton.instrumentation.kafka;

import io.baton.core.api.Tracing;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * Semconv 1.37 links a poll span to the send span of each record it received. Capped: a poll
 * can return thousands of records, and a span with that many links helps nobody.
 *
 * <p>Links go on the started span, not on its builder: the SDK's builder sizes its link list for
 * the configured maximum (128 slots, about 0.5 KB) at the first link, the span grows its list as
 * needed. The cost is that a sampler does not see these links; the standard samplers never look.
 */
final class SendLinks {

  static final int MAX_LINKS = 128;

  private SendLinks() {}

  /**
   * Returns the contexts extracted on the way, by record, so that each record's process span
   * reuses its parent instead of reading and parsing the same headers a second time.
   */
  static Map<ConsumerRecord<?, ?>, Context> addTo(Span poll, ConsumerRecords<?, ?> records, int count) {
    TextMapPropagator propagator = Tracing.propagator();
    Map<ConsumerRecord<?, ?>, Context> extracted = null;
    int added = 0;
    // iterates the records before the application does: ConsumerRecords is not yet traced here
    for (ConsumerRecord<?, ?> record : records) {
      if (!record.headers().iterator().hasNext()) {
        continue; // cheap skip for records sent without headers
      }
      Context context = propagator.extract(Context.root(), record, RecordHeadersGetter.INSTANCE);
      if (extracted == null) {
        // no Node objects: IdentityHashMap keeps keys and values in one array
        extracted = new IdentityHashMap<>(Math.min(count, MAX_LINKS));
      }
      extracted.put(record, context);
      SpanContext send = Span.fromContext(context).getSpanContext();
      if (send.isValid()) {
        poll.addLink(send);
        if (++added == MAX_LINKS) {
          break;
        }
      }
    }
    return extracted;
  }
}
