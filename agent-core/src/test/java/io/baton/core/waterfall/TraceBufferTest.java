package io.baton.core.waterfall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TraceBufferTest {

  @Test
  void takesARootWithAllItsDescendantsAndLeavesOtherSpans() {
    TraceBuffer buffer = new TraceBuffer(10, 100);
    buffer.add(Spans.span("c", "b", "s", "grandchild", 2, 3));
    buffer.add(Spans.span("b", "a", "s", "child", 1, 4));
    buffer.add(Spans.span("x", "elsewhere", "s", "unrelated", 1, 2));
    buffer.add(Spans.span("a", "", "s", "root", 0, 5));

    List<WaterfallSpan> taken = buffer.takeSubtree(Spans.TRACE, "a");

    assertEquals(Set.of("grandchild", "child", "root"), taken.stream().map(WaterfallSpan::name).collect(Collectors.toSet()));
    assertEquals(1, buffer.spanCount());
  }

  @Test
  void neverHoldsMoreThanItsBoundsAndDropsTheOldestTraceWhole() {
    TraceBuffer buffer = new TraceBuffer(3, 10);
    for (int trace = 0; trace < 50; trace++) {
      for (int span = 0; span < 3; span++) {
        buffer.add(WaterfallSpan.builder("trace" + trace, "s" + span).parentSpanId("root").build());
        assertTrue(buffer.traceCount() <= 3 && buffer.spanCount() <= 10);
      }
    }
    assertEquals(3, buffer.traceCount());
    assertEquals(9, buffer.spanCount());
    assertEquals(141, buffer.evictedSpans());
    assertTrue(buffer.takeSubtree("trace0", "s0").isEmpty(), "the oldest went first");
  }
}
