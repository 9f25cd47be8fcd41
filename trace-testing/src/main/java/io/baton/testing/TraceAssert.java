package io.baton.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Assertions over a set of received spans: find spans by name, check they form one trace. Per-span
 * checks live in {@link SpanAssert}. Every failure message lists all spans, since a smoke test
 * that fails is usually missing or mis-parenting one.
 */
public final class TraceAssert {

  private final List<ReceivedSpan> spans;

  private TraceAssert(List<ReceivedSpan> spans) {
    this.spans = List.copyOf(spans);
  }

  public static TraceAssert assertThat(List<ReceivedSpan> spans) {
    return new TraceAssert(spans);
  }

  public List<ReceivedSpan> spans() {
    return spans;
  }

  /** The one span with this name; fails if there is none or more than one. */
  public SpanAssert span(String name) {
    List<ReceivedSpan> named = spansNamed(name);
    if (named.size() != 1) {
      fail("expected exactly one span named '" + name + "' but found " + named.size() + " among: " + describe());
    }
    return new SpanAssert(named.get(0), this);
  }

  public List<ReceivedSpan> spansNamed(String name) {
    return spans.stream().filter(s -> s.name().equals(name)).toList();
  }

  public TraceAssert hasSpanCount(int expected) {
    assertEquals(expected, spans.size(), () -> "span count; received: " + describe());
    return this;
  }

  /** All spans share one trace id. */
  public TraceAssert isSingleTrace() {
    Set<String> traceIds = spans.stream().map(ReceivedSpan::traceId).collect(Collectors.toSet());
    if (traceIds.size() != 1) {
      fail("expected one trace but found " + traceIds.size() + ": " + describe());
    }
    return this;
  }

  public TraceAssert hasSpansNamed(String... names) {
    Set<String> present = spans.stream().map(ReceivedSpan::name).collect(Collectors.toSet());
    List<String> missing = Arrays.stream(names).filter(n -> !present.contains(n)).toList();
    if (!missing.isEmpty()) {
      fail("missing spans " + missing + " among: " + describe());
    }
    return this;
  }

  String describe() {
    return OtlpReceiver.describe(spans);
  }
}
