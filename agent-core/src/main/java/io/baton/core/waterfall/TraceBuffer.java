package io.baton.core.waterfall;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ended spans held per trace until their local root ends. Bounded in traces and in spans: when
 * either bound is passed the oldest trace goes whole (a half-drawn trace would mislead), so a
 * root that never ends, or a trace of millions of spans, costs a fixed amount of memory. Not
 * thread-safe: the exporter calls it under its own lock.
 */
final class TraceBuffer {

  private final int maxTraces;
  private final int maxSpans;
  /** Insertion order: the first entry is the trace that has waited longest. */
  private final LinkedHashMap<String, List<WaterfallSpan>> traces = new LinkedHashMap<>();
  private int spanCount;
  private long evictedSpans;

  TraceBuffer(int maxTraces, int maxSpans) {
    this.maxTraces = Math.max(1, maxTraces);
    this.maxSpans = Math.max(1, maxSpans);
  }

  void add(WaterfallSpan span) {
    traces.computeIfAbsent(span.traceId(), id -> new ArrayList<>()).add(span);
    spanCount++;
    while (traces.size() > maxTraces || spanCount > maxSpans) {
      evictOldest();
    }
  }

  /** Removes and returns the span {@code rootSpanId} with all its buffered descendants; empty if it is gone. */
  List<WaterfallSpan> takeSubtree(String traceId, String rootSpanId) {
    List<WaterfallSpan> spans = traces.get(traceId);
    if (spans == null) {
      return new ArrayList<>();
    }
    Set<String> inTree = new HashSet<>();
    inTree.add(rootSpanId);
    List<WaterfallSpan> taken = new ArrayList<>();
    boolean grew = true;
    // spans arrive children first, so a few passes settle even deep trees
    while (grew) {
      grew = false;
      for (Iterator<WaterfallSpan> it = spans.iterator(); it.hasNext(); ) {
        WaterfallSpan span = it.next();
        if (span.spanId().equals(rootSpanId) || inTree.contains(span.parentSpanId())) {
          inTree.add(span.spanId());
          taken.add(span);
          it.remove();
          grew = true;
        }
      }
    }
    spanCount -= taken.size();
    if (spans.isEmpty()) {
      traces.remove(traceId);
    }
    return taken;
  }

  /** Everything still waiting, trace by trace; the buffer is empty afterwards. */
  List<List<WaterfallSpan>> drain() {
    List<List<WaterfallSpan>> all = new ArrayList<>(traces.values());
    traces.clear();
    spanCount = 0;
    return all;
  }

  int spanCount() {
    return spanCount;
  }

  int traceCount() {
    return traces.size();
  }

  long evictedSpans() {
    return evictedSpans;
  }

  private void evictOldest() {
    Iterator<Map.Entry<String, List<WaterfallSpan>>> oldest = traces.entrySet().iterator();
    int count = oldest.next().getValue().size();
    oldest.remove();
    spanCount -= count;
    evictedSpans += count;
  }
}
