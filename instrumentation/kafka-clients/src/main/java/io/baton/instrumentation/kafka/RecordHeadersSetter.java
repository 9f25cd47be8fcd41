package io.baton.instrumentation.kafka;

import io.opentelemetry.context.propagation.TextMapSetter;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;

/**
 * Replaces a propagation header instead of appending: a record copied from a consumed one
 * carries the previous hop's {@code traceparent}, and a reader taking the first copy would
 * continue the wrong trace.
 */
final class RecordHeadersSetter implements TextMapSetter<Headers> {

  static final RecordHeadersSetter INSTANCE = new RecordHeadersSetter();

  @Override
  public void set(Headers headers, String key, String value) {
    if (headers == null) {
      return;
    }
    headers.remove(key);
    headers.add(key, value.getBytes(StandardCharsets.UTF_8));
  }
}
