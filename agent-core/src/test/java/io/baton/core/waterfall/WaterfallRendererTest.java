package io.baton.core.waterfall;

import static io.baton.core.waterfall.Spans.failed;
import static io.baton.core.waterfall.Spans.span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WaterfallRendererTest {

  /** The seeds' shop: the gateway waits on orders, which waits on a slow inventory check while payment fails fast. */
  static final List<WaterfallSpan> SHOP = List.of(
      span("a1", "", "api-gateway", "GET /orders", 0, 4200),
      span("b1", "a1", "api-gateway", "POST", 200, 4000),
      span("c1", "b1", "order-service", "POST /orders", 250, 3950),
      span("d1", "c1", "order-service", "INSERT shop.orders", 300, 340),
      span("e1", "c1", "order-service", "GET", 400, 3300),
      span("f1", "e1", "inventory-service", "GET /inventory/{sku}", 420, 3280),
      failed("g1", "c1", "order-service", "POST", 400, 700, "500"),
      failed("h1", "g1", "payment-service", "POST /payments", 420, 690, "card declined"));

  @Test
  void drawsTheTreeWithServicesAtProcessBoundariesBarsTheBottleneckAndErrors() {
    String text = WaterfallRenderer.plain(true).render(SHOP);

    assertEquals(String.join("\n",
        "trace 4bf92f3577b34da6a3ce929d0e0e4736 · 4.20s · 8 spans · api-gateway, order-service, inventory-service, payment-service",
        "[api-gateway] GET /orders                                 4.20s |████████████████████████████████████████|",
        "└── POST                                                  3.80s | ██████████████████████████████████████ |",
        "    └── [order-service] POST /orders                      3.70s |  ████████████████████████████████████  |",
        "        ├── INSERT shop.orders                             40ms |  ██                                    |",
        "        ├── GET                                           2.90s |   █████████████████████████████        |",
        "        │   └── [inventory-service] GET /inventory/{sku}  2.86s |    ████████████████████████████        | ← bottleneck",
        "        └── POST                                          300ms |   ████                                 | ✗ 500",
        "            └── [payment-service] POST /payments          270ms |    ███                                 | ✗ card declined",
        ""), text);
  }

  @Test
  void fallsBackToAsciiWhereTheTerminalCannotShowBoxCharacters() {
    String text = WaterfallRenderer.plain(false).render(SHOP);

    assertEquals(String.join("\n",
        "trace 4bf92f3577b34da6a3ce929d0e0e4736 - 4.20s - 8 spans - api-gateway, order-service, inventory-service, payment-service",
        "[api-gateway] GET /orders                                 4.20s |########################################|",
        "`-- POST                                                  3.80s | ###################################### |",
        "    `-- [order-service] POST /orders                      3.70s |  ####################################  |",
        "        +-- INSERT shop.orders                             40ms |  ##                                    |",
        "        +-- GET                                           2.90s |   #############################        |",
        "        |   `-- [inventory-service] GET /inventory/{sku}  2.86s |    ############################        | <- bottleneck",
        "        `-- POST                                          300ms |   ####                                 | x 500",
        "            `-- [payment-service] POST /payments          270ms |    ###                                 | x card declined",
        ""), text);
    assertTrue(text.chars().allMatch(c -> c < 128), "ASCII only");
  }

  @Test
  void colourOnlyWhenAskedAndNeverCountedAsWidth() {
    WaterfallRenderer coloured = new WaterfallRenderer(new TerminalStyle(Glyphs.ASCII, true), 40);

    String text = coloured.render(SHOP);

    assertTrue(text.contains("\u001b[1;31mx card declined\u001b[0m"), text);
    assertTrue(text.contains("\u001b[1;33m<- bottleneck\u001b[0m"), text);
    assertEquals(WaterfallRenderer.plain(false).render(SHOP), text.replaceAll("\u001b\\[[0-9;]*m", ""));
  }

  @Test
  void theBottleneckIsWhatTheParentWaitedForNotTheLongestSpan() {
    // two parallel calls: the longer one finished first, so the request waited on the other
    List<WaterfallSpan> spans = List.of(
        span("r", "", "svc", "GET /report", 0, 1000),
        span("a", "r", "svc", "warm cache", 0, 950),
        span("b", "r", "svc", "SELECT report", 400, 990));

    String text = WaterfallRenderer.plain(false).render(spans);

    assertTrue(lineOf(text, "SELECT report").endsWith("<- bottleneck"), text);
    assertFalse(lineOf(text, "warm cache").contains("bottleneck"), text);
  }

  @Test
  void aParentComputingForLongItselfIsTheBottleneck() {
    List<WaterfallSpan> spans = List.of(
        span("r", "", "svc", "POST /render", 0, 2000),
        span("a", "r", "svc", "SELECT template", 0, 100));

    String text = WaterfallRenderer.plain(false).render(spans);

    assertTrue(lineOf(text, "POST /render").endsWith("<- bottleneck"), text);
  }

  @Test
  void aSingleSpanHasNoBottleneckAndSpansWithoutTheirParentStillShow() {
    assertFalse(WaterfallRenderer.plain(false).render(List.of(span("r", "", "svc", "GET /", 0, 10))).contains("bottleneck"));

    String text = WaterfallRenderer.plain(false).render(List.of(
        span("x", "missing", "svc", "process order-placed", 0, 10),
        span("y", "x", "svc", "INSERT notifications", 2, 8)));

    assertTrue(text.contains("\n[svc] process order-placed"), text);
    assertTrue(text.contains("`-- INSERT notifications"), text);
  }

  @Test
  void longNamesAreCutAndErrorsStayOnOneLine() {
    String longName = "SELECT " + "x".repeat(200);
    String text = WaterfallRenderer.plain(false).render(List.of(
        failed("r", "", "svc", longName, 0, 10, "line one\nline two")));

    String line = lineOf(text, "SELECT");
    assertTrue(line.startsWith("[svc] SELECT xxx"), line);
    assertTrue(line.contains("~ "), "cut with an ellipsis: " + line);
    assertTrue(line.endsWith("x line one line two"), line);
    assertEquals(2, text.split("\n").length, text);
  }

  @Test
  void durationsReadLikeTheSeeds() {
    assertEquals("4.20s", Durations.format(4_200_000_000L, Glyphs.UNICODE));
    assertEquals("12.3s", Durations.format(12_340_000_000L, Glyphs.UNICODE));
    assertEquals("380ms", Durations.format(380_400_000L, Glyphs.UNICODE));
    assertEquals("3.4ms", Durations.format(3_420_000L, Glyphs.UNICODE));
    assertEquals("12µs", Durations.format(12_300L, Glyphs.UNICODE));
    assertEquals("12us", Durations.format(12_300L, Glyphs.ASCII));
    assertEquals("900ns", Durations.format(900L, Glyphs.ASCII));
    assertEquals("2m5s", Durations.format(125_000_000_000L, Glyphs.ASCII));
  }

  private static String lineOf(String text, String needle) {
    return text.lines().filter(l -> l.contains(needle)).findFirst().orElseThrow(() -> new AssertionError(needle + " in " + text));
  }
}
