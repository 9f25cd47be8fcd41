package io.baton.core.waterfall;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Spans of one trace linked parent to child. A span whose parent is not among them (the trace's
 * root, or the first span a process saw of a trace that started elsewhere, or a span whose parent
 * was not recorded) is a root of its own here: nothing is dropped.
 */
final class SpanTree {

  private static final Comparator<Node> BY_START =
      Comparator.comparingLong((Node n) -> n.span.startNanos()).thenComparing(n -> n.span.name());

  static final class Node {
    final WaterfallSpan span;
    final List<Node> children = new ArrayList<>();

    Node(WaterfallSpan span) {
      this.span = span;
    }

    boolean isLeaf() {
      return children.isEmpty();
    }
  }

  private final List<Node> roots;
  private final int size;
  private final long startNanos;
  private final long endNanos;

  private SpanTree(List<Node> roots, int size, long startNanos, long endNanos) {
    this.roots = roots;
    this.size = size;
    this.startNanos = startNanos;
    this.endNanos = endNanos;
  }

  static SpanTree of(Collection<WaterfallSpan> spans) {
    Map<String, Node> byId = new HashMap<>();
    List<Node> nodes = new ArrayList<>();
    long start = Long.MAX_VALUE;
    long end = Long.MIN_VALUE;
    for (WaterfallSpan span : spans) {
      Node node = new Node(span);
      nodes.add(node);
      // a duplicate id (a buggy sender) keeps both spans visible; children attach to the first
      byId.putIfAbsent(span.spanId(), node);
      start = Math.min(start, span.startNanos());
      end = Math.max(end, span.endNanos());
    }
    List<Node> roots = new ArrayList<>();
    for (Node node : nodes) {
      Node parent = node.span.parentSpanId().isEmpty() ? null : byId.get(node.span.parentSpanId());
      if (parent == null || parent == node) {
        roots.add(node);
      } else {
        parent.children.add(node);
      }
    }
    for (Node node : nodes) {
      node.children.sort(BY_START);
    }
    roots.sort(BY_START);
    return new SpanTree(Collections.unmodifiableList(roots), nodes.size(),
        nodes.isEmpty() ? 0 : start, nodes.isEmpty() ? 0 : end);
  }

  List<Node> roots() {
    return roots;
  }

  int size() {
    return size;
  }

  long startNanos() {
    return startNanos;
  }

  long endNanos() {
    return endNanos;
  }
}
