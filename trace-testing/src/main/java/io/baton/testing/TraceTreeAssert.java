package io.baton.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Walks a trace from parent to child, the way one reads a waterfall: span names repeat across a
 * trace (every HTTP client span of one method is {@code POST}), but not under one parent.
 *
 * <pre>
 * TraceTreeAssert tree = TraceTreeAssert.of(TraceAssert.assertThat(spans));
 * SpanAssert server = tree.root("POST /orders");
 * tree.child(server, "INSERT orders").hasKind(CLIENT).hasAttribute("db.system.name", "h2");
 * </pre>
 */
public final class TraceTreeAssert {

  private final TraceAssert trace;

  private TraceTreeAssert(TraceAssert trace) {
    this.trace = trace;
  }

  public static TraceTreeAssert of(TraceAssert trace) {
    return new TraceTreeAssert(trace);
  }

  /** The one span named {@code name} whose parent is not among the spans (the root, or the first span of a continued trace). */
  public SpanAssert root(String name) {
    List<String> ids = trace.spans().stream().map(ReceivedSpan::spanId).collect(Collectors.toList());
    return exactlyOne(name, s -> !ids.contains(s.parentSpanId()), "without a parent among the spans");
  }

  /** The one span named {@code name} directly under {@code parent}. */
  public SpanAssert child(SpanAssert parent, String name) {
    String parentId = parent.actual().spanId();
    return exactlyOne(name, s -> s.parentSpanId().equals(parentId), "under " + parent.actual());
  }

  /** The direct children of {@code parent}, by start time. */
  public List<ReceivedSpan> children(SpanAssert parent) {
    String parentId = parent.actual().spanId();
    return trace.spans().stream()
        .filter(s -> s.parentSpanId().equals(parentId))
        .sorted((a, b) -> Long.compare(a.startEpochNanos(), b.startEpochNanos()))
        .collect(Collectors.toList());
  }

  private SpanAssert exactlyOne(String name, java.util.function.Predicate<ReceivedSpan> where, String description) {
    List<ReceivedSpan> found = trace.spansNamed(name).stream().filter(where).collect(Collectors.toList());
    if (found.size() != 1) {
      fail("expected exactly one span named '" + name + "' " + description + " but found " + found.size()
          + " among: " + trace.describe());
    }
    return new SpanAssert(found.get(0), trace);
  }
}
