package io.baton.core.waterfall;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bottleneck of a trace: walking back from the end of each root, the child that finished last
 * is what the parent waited for (the critical path); time on that path not covered by a child is
 * the span's own. The span with the most own time on the path is the bottleneck: usually the
 * slow leaf (a query, a remote call's server side), or a parent that computed for long itself.
 */
final class CriticalPath {

  private CriticalPath() {}

  /** Null when there is nothing to point at (a single span, or no time measured). */
  static SpanTree.Node bottleneck(SpanTree tree) {
    if (tree.size() < 2) {
      return null;
    }
    Map<SpanTree.Node, Long> ownTime = new IdentityHashMap<>();
    for (SpanTree.Node root : tree.roots()) {
      walk(root, root.span.endNanos(), ownTime);
    }
    SpanTree.Node worst = null;
    long worstTime = 0;
    for (Map.Entry<SpanTree.Node, Long> entry : ownTime.entrySet()) {
      if (entry.getValue() > worstTime) {
        worst = entry.getKey();
        worstTime = entry.getValue();
      }
    }
    return worst;
  }

  /** Attributes the interval [node.start, until] to the node and the children it waited for. */
  private static void walk(SpanTree.Node node, long until, Map<SpanTree.Node, Long> ownTime) {
    List<SpanTree.Node> children = new ArrayList<>(node.children);
    children.sort(Comparator.comparingLong((SpanTree.Node n) -> n.span.endNanos()).reversed());
    long cursor = Math.min(until, node.span.endNanos());
    long own = 0;
    for (SpanTree.Node child : children) {
      if (cursor <= node.span.startNanos()) {
        break;
      }
      if (child.span.startNanos() >= cursor) {
        continue; // started after what we are explaining: off the path
      }
      long childEnd = Math.min(child.span.endNanos(), cursor);
      own += cursor - childEnd;
      walk(child, childEnd, ownTime);
      cursor = Math.max(child.span.startNanos(), node.span.startNanos());
    }
    own += Math.max(0, cursor - node.span.startNanos());
    ownTime.merge(node, own, Long::sum);
  }
}
