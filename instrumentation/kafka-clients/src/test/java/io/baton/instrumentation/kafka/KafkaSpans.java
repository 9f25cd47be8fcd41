package io.baton.instrumentation.kafka;

import io.baton.core.testing.TestAgent;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** The finished spans of one topic, by kind. */
final class KafkaSpans {

  private static final AttributeKey<String> DESTINATION = AttributeKey.stringKey("messaging.destination.name");

  private KafkaSpans() {}

  /** Waits until the topic has at least the given number of send, poll and process spans. */
  static List<SpanData> await(String topic, int sends, int polls, int processes) {
    List<SpanData> all =
        TestAgent.awaitSpans(
            spans -> count(spans, topic, SpanKind.PRODUCER) >= sends
                && count(spans, topic, SpanKind.CLIENT) >= polls
                && count(spans, topic, SpanKind.CONSUMER) >= processes,
            Duration.ofSeconds(30));
    return ofTopic(all, topic);
  }

  static List<SpanData> ofTopic(List<SpanData> spans, String topic) {
    return spans.stream().filter(s -> topic.equals(s.getAttributes().get(DESTINATION))).collect(Collectors.toList());
  }

  static List<SpanData> ofKind(List<SpanData> spans, SpanKind kind) {
    return spans.stream().filter(s -> s.getKind() == kind).collect(Collectors.toList());
  }

  static SpanData single(List<SpanData> spans, SpanKind kind) {
    List<SpanData> ofKind = ofKind(spans, kind);
    if (ofKind.size() != 1) {
      throw new AssertionError("expected one " + kind + " span, got " + ofKind);
    }
    return ofKind.get(0);
  }

  private static long count(List<SpanData> spans, String topic, SpanKind kind) {
    return ofTopic(spans, topic).stream().filter(s -> s.getKind() == kind).count();
  }
}
