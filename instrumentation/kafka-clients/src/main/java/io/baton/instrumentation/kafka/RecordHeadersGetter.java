package io.baton.instrumentation.kafka;

import io.opentelemetry.context.propagation.TextMapGetter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Reads propagation headers of a consumed record; the last copy of a header wins, as Kafka's own lastHeader. */
final class RecordHeadersGetter implements TextMapGetter<ConsumerRecord<?, ?>> {

  static final RecordHeadersGetter INSTANCE = new RecordHeadersGetter();

  @Override
  public Iterable<String> keys(ConsumerRecord<?, ?> record) {
    List<String> keys = new ArrayList<>();
    for (Header header : record.headers()) {
      keys.add(header.key());
    }
    return keys;
  }

  @Override
  public String get(ConsumerRecord<?, ?> record, String key) {
    if (record == null) {
      return null;
    }
    Header header = record.headers().lastHeader(key);
    if (header == null || header.value() == null) {
      return null;
    }
    return new String(header.value(), StandardCharsets.UTF_8);
  }
}
