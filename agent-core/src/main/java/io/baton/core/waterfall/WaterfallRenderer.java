package io.baton.core.waterfall;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Draws one trace as a tree with a timing bar per span, the service at every process boundary,
 * the bottleneck and the failures marked:
 *
 * <pre>
 * trace 4bf92f3577b34da6a3ce929d0e0e4736 · 4.21s · 5 spans · api-gateway, order-service
 * [api-gateway] GET /orders                 4.21s |████████████████████████████████████████|
 * └── [order-service] POST /orders          3.80s |   █████████████████████████████████████|
 *     ├── SELECT shop.stock                 2.80s |   ██████████████████████████           | ← bottleneck
 *     └── POST                               41ms |                             █          | ✗ 502
 * </pre>
 */
public final class WaterfallRenderer {

  static final int MAX_LABEL_WIDTH = 72;
  static final int MAX_ERROR_WIDTH = 80;

  private final Glyphs glyphs;
  private final boolean color;
  private final int barWidth;

  WaterfallRenderer(TerminalStyle style, int barWidth) {
    this.glyphs = style.glyphs;
    this.color = style.color;
    this.barWidth = Math.max(10, barWidth);
  }

  /** Box drawing when stderr takes UTF-8, colour on an interactive terminal: what a developer's shell wants. */
  public static WaterfallRenderer forTerminal() {
    return new WaterfallRenderer(TerminalStyle.detect("auto", "auto"), 40);
  }

  /** Plain text, for files, tests and logs. */
  public static WaterfallRenderer plain(boolean unicode) {
    return new WaterfallRenderer(new TerminalStyle(unicode ? Glyphs.UNICODE : Glyphs.ASCII, false), 40);
  }

  /** Renders the spans (normally of one trace) followed by a line break; empty text for no spans. */
  public String render(Collection<WaterfallSpan> spans) {
    return render(spans, null);
  }

  /** {@code note}: appended to the headline, e.g. that the trace started in another process. */
  public String render(Collection<WaterfallSpan> spans, String note) {
    if (spans.isEmpty()) {
      return "";
    }
    SpanTree tree = SpanTree.of(spans);
    List<Row> rows = new ArrayList<>();
    for (SpanTree.Node root : tree.roots()) {
      addRows(root, "", "", null, rows);
    }
    SpanTree.Node bottleneck = CriticalPath.bottleneck(tree);

    int labelWidth = 0;
    int durationWidth = 0;
    for (Row row : rows) {
      labelWidth = Math.max(labelWidth, Math.min(MAX_LABEL_WIDTH, row.plainLabelLength()));
      durationWidth = Math.max(durationWidth, row.duration.length());
    }
    StringBuilder out = new StringBuilder();
    headline(tree, spans, note, out);
    for (Row row : rows) {
      line(row, row.node == bottleneck, tree, labelWidth, durationWidth, out);
    }
    return out.toString();
  }

  private void addRows(SpanTree.Node node, String prefix, String childPrefix, String parentService, List<Row> rows) {
    String service = node.span.service();
    boolean crossesProcess = !service.isEmpty() && !service.equals(parentService);
    rows.add(new Row(node, prefix, crossesProcess ? service : null, Durations.format(node.span.durationNanos(), glyphs)));
    for (int i = 0; i < node.children.size(); i++) {
      boolean last = i == node.children.size() - 1;
      addRows(node.children.get(i),
          childPrefix + (last ? glyphs.lastBranch : glyphs.branch),
          childPrefix + (last ? glyphs.indent() : glyphs.pipe),
          service, rows);
    }
  }

  private void headline(SpanTree tree, Collection<WaterfallSpan> spans, String note, StringBuilder out) {
    Set<String> traceIds = new LinkedHashSet<>();
    Set<String> services = new LinkedHashSet<>();
    for (SpanTree.Node root : tree.roots()) {
      collectServices(root, services);
    }
    for (WaterfallSpan span : spans) {
      traceIds.add(span.traceId());
    }
    String sep = " " + glyphs.separator + " ";
    out.append(bold("trace " + String.join(", ", traceIds)))
        .append(sep).append(Durations.format(tree.endNanos() - tree.startNanos(), glyphs))
        .append(sep).append(tree.size()).append(tree.size() == 1 ? " span" : " spans");
    services.remove("");
    if (!services.isEmpty()) {
      out.append(sep).append(String.join(", ", services));
    }
    if (note != null && !note.isEmpty()) {
      out.append(sep).append(note);
    }
    out.append('\n');
  }

  private static void collectServices(SpanTree.Node node, Set<String> services) {
    services.add(node.span.service());
    for (SpanTree.Node child : node.children) {
      collectServices(child, services);
    }
  }

  private void line(Row row, boolean isBottleneck, SpanTree tree, int labelWidth, int durationWidth, StringBuilder out) {
    WaterfallSpan span = row.node.span;
    String label = fit(row.plainLabel(), labelWidth);
    // colour the service tag after fitting, so escape codes never count as width
    if (row.service != null && label.startsWith(row.prefix + "[" + row.service + "]")) {
      int tagEnd = row.prefix.length() + row.service.length() + 2;
      label = row.prefix + paint(label.substring(row.prefix.length(), tagEnd), "36") + label.substring(tagEnd);
    }
    out.append(label).append(spaces(labelWidth - visibleLength(row.plainLabel(), labelWidth)))
        .append("  ").append(spaces(durationWidth - row.duration.length())).append(row.duration)
        .append(" |");
    String bar = bar(span, tree);
    out.append(span.isError() ? paint(bar, "31") : isBottleneck ? paint(bar, "33") : bar).append('|');
    if (isBottleneck) {
      out.append(' ').append(paint(glyphs.bottleneck, "1;33"));
    }
    if (span.isError()) {
      String detail = span.error().isEmpty() ? "error" : fit(oneLine(span.error()), MAX_ERROR_WIDTH);
      out.append(' ').append(paint(glyphs.error + " " + detail, "1;31"));
    }
    out.append('\n');
  }

  private String bar(WaterfallSpan span, SpanTree tree) {
    long total = Math.max(1, tree.endNanos() - tree.startNanos());
    int from = (int) Math.min(barWidth - 1, (span.startNanos() - tree.startNanos()) * barWidth / total);
    int to = (int) Math.min(barWidth, ceilDiv((span.endNanos() - tree.startNanos()) * barWidth, total));
    StringBuilder bar = new StringBuilder(barWidth);
    for (int cell = 0; cell < barWidth; cell++) {
      if (cell >= from && cell < to) {
        bar.append(glyphs.bar);
      } else if (cell == from && to <= from) {
        bar.append(glyphs.tick);
      } else {
        bar.append(' ');
      }
    }
    return bar.toString();
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  private String fit(String text, int width) {
    if (text.length() <= width) {
      return text;
    }
    return text.substring(0, Math.max(0, width - glyphs.ellipsis.length())) + glyphs.ellipsis;
  }

  private static int visibleLength(String plainLabel, int width) {
    return Math.min(plainLabel.length(), width);
  }

  private static String oneLine(String text) {
    return text.replace('\n', ' ').replace('\r', ' ');
  }

  private static String spaces(int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(' ');
    }
    return out.toString();
  }

  private String bold(String text) {
    return paint(text, "1");
  }

  private String paint(String text, String ansi) {
    return color ? "\u001b[" + ansi + "m" + text + "\u001b[0m" : text;
  }

  private static final class Row {
    final SpanTree.Node node;
    final String prefix;
    /** Set where the span's process differs from its parent's. */
    final String service;
    final String duration;

    Row(SpanTree.Node node, String prefix, String service, String duration) {
      this.node = node;
      this.prefix = prefix;
      this.service = service;
      this.duration = duration;
    }

    String plainLabel() {
      return prefix + (service == null ? "" : "[" + service + "] ") + node.span.name();
    }

    int plainLabelLength() {
      return plainLabel().length();
    }
  }
}
