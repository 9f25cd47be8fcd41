package io.baton.smoke.shop;

import static io.baton.testing.ReceivedSpan.Kind.CLIENT;
import static io.baton.testing.ReceivedSpan.Kind.CONSUMER;
import static io.baton.testing.ReceivedSpan.Kind.PRODUCER;
import static io.baton.testing.ReceivedSpan.Kind.SERVER;
import static io.baton.testing.ReceivedSpan.StatusCode.ERROR;
import static io.baton.testing.ReceivedSpan.StatusCode.UNSET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.core.waterfall.WaterfallRenderer;
import io.baton.testing.AgentNoise;
import io.baton.testing.AgentProcess;
import io.baton.testing.Jdk;
import io.baton.testing.OtlpReceiver;
import io.baton.testing.ReceivedSpan;
import io.baton.testing.SpanAssert;
import io.baton.testing.TraceAssert;
import io.baton.testing.TraceTreeAssert;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A user places an order; the request crosses five JVMs (javax Tomcat 9, jakarta Jetty 12, JDBC,
 * an executor, two HTTP clients, Kafka) and comes back as one trace. One shop per JDK, shared by
 * the tests of the class; each test picks its own trace out of what the collector received.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class ShopFlowContract {

  static final Duration PATIENCE = Duration.ofSeconds(30);
  /** Every span of a placed order: 6 HTTP, 3 JDBC in orders and inventory, send, process, 1 JDBC in notification. */
  static final int PLACED_ORDER_SPANS = 13;

  private OtlpReceiver receiver;
  private Shop shop;

  abstract Jdk jdk();

  @BeforeAll
  void startShop() {
    receiver = new OtlpReceiver();
    shop = Shop.builder(jdk(), ShopKafka.shared()).exportTo(receiver).start();
  }

  @AfterAll
  void stopShop() throws Exception {
    if (shop != null) {
      shop.close();
    }
    receiver.close();
  }

  @Test
  void anOrderIsOneTraceAcrossAllFiveServicesWithTheExpectedTree() {
    String ref = randomHex(8);
    HttpResponse<String> response = shop.placeOrder("sku=book&qty=2&ref=" + ref);
    assertEquals(201, response.statusCode(), response::body);

    List<ReceivedSpan> trace = awaitTrace(traceIdOfOrder(ref), PLACED_ORDER_SPANS);
    TraceAssert spans = TraceAssert.assertThat(trace).isSingleTrace().hasSpanCount(PLACED_ORDER_SPANS);

    assertEquals(Set.of(Shop.GATEWAY, Shop.ORDERS, Shop.INVENTORY, Shop.PAYMENT, Shop.NOTIFICATION), services(trace));
    SpanAssert gateway = spans.span("POST /api/orders").isRoot().hasKind(SERVER).hasStatus(UNSET)
        .hasResourceAttribute("service.name", Shop.GATEWAY)
        .hasAttribute("http.request.method", "POST")
        .hasAttribute("http.route", "/api/orders")
        .hasAttribute("http.response.status_code", 201);
    SpanAssert toOrders = child(spans, gateway, "POST", CLIENT, Shop.GATEWAY)
        .hasAttribute("http.response.status_code", 201)
        .hasAttribute("server.address", "127.0.0.1");
    SpanAssert orders = child(spans, toOrders, "POST /orders", SERVER, Shop.ORDERS)
        .hasAttribute("http.route", "/orders");

    child(spans, orders, "INSERT orders", CLIENT, Shop.ORDERS)
        .hasAttribute("db.system.name", "h2database")
        .hasAttribute("db.query.text", "INSERT INTO orders(id, sku, quantity, status) VALUES (?, ?, ?, ?)");
    child(spans, orders, "UPDATE orders", CLIENT, Shop.ORDERS)
        .hasAttribute("db.query.text", "UPDATE orders SET status = ? WHERE id = ?");
    // the executor carried the request's context to both calls
    SpanAssert toInventory = child(spans, orders, "GET", CLIENT, Shop.ORDERS)
        .hasAttribute("http.response.status_code", 200);
    assertTrue(toInventory.actual().attribute("url.full").toString().contains("/inventory/book"), toInventory.actual()::toString);
    SpanAssert inventory = child(spans, toInventory, "GET /inventory/*", SERVER, Shop.INVENTORY);
    child(spans, inventory, "SELECT stock", CLIENT, Shop.INVENTORY)
        .hasAttribute("db.query.text", "SELECT quantity FROM stock WHERE sku = ? AND PAUSE(?) = ?");
    SpanAssert toPayment = child(spans, orders, "POST", CLIENT, Shop.ORDERS)
        .hasAttribute("http.request.method", "POST")
        .hasAttribute("http.response.status_code", 200);
    child(spans, toPayment, "POST /payments", SERVER, Shop.PAYMENT);

    SpanAssert send = child(spans, orders, "send order-placed", PRODUCER, Shop.ORDERS)
        .hasAttribute("messaging.system", "kafka")
        .hasAttribute("messaging.destination.name", "order-placed");
    SpanAssert process = child(spans, send, "process order-placed", CONSUMER, Shop.NOTIFICATION)
        .hasAttribute("messaging.system", "kafka")
        .hasAttribute("messaging.consumer.group.name", "notifications-" + shop.gatewayUri().getPort());
    child(spans, process, "INSERT notifications", CLIENT, Shop.NOTIFICATION);

    String waterfall = ShopTraces.waterfall(trace, WaterfallRenderer.plain(true));
    assertTrue(waterfall.contains("[notification-service] process order-placed"), waterfall);
  }

  @Test
  void anIncomingTraceparentIsContinuedByEveryService() {
    String traceId = randomHex(32);
    String callerSpan = randomHex(16);

    HttpResponse<String> response = shop.placeOrder("sku=book&qty=1", "traceparent", "00-" + traceId + "-" + callerSpan + "-01");
    assertEquals(201, response.statusCode(), response::body);

    List<ReceivedSpan> trace = awaitTrace(traceId, PLACED_ORDER_SPANS);
    TraceAssert.assertThat(trace).hasSpanCount(PLACED_ORDER_SPANS);
    ReceivedSpan gateway = TraceAssert.assertThat(trace).span("POST /api/orders").actual();
    assertEquals(callerSpan, gateway.parentSpanId(), "the gateway's span is a child of the caller's");
    assertEquals(Set.of(Shop.GATEWAY, Shop.ORDERS, Shop.INVENTORY, Shop.PAYMENT, Shop.NOTIFICATION), services(trace));
  }

  @Test
  void baggageSetAtTheGatewayReachesTheNotificationConsumer() {
    String customer = "customer.id=c-" + randomHex(8);
    int before = shop.seen(Shop.NOTIFICATION).size();

    HttpResponse<String> response = shop.placeOrder("sku=book&qty=1", "baggage", customer + ",channel=web");
    assertEquals(201, response.statusCode(), response::body);

    shop.service(Shop.NOTIFICATION).awaitLine(customer, PATIENCE);
    List<String> seen = shop.seen(Shop.NOTIFICATION);
    String line = seen.get(seen.size() - 1);
    assertTrue(seen.size() > before && line.contains(customer) && line.contains("channel=web"), line);
    for (String service : List.of(Shop.ORDERS, Shop.INVENTORY, Shop.PAYMENT)) {
      assertTrue(shop.seen(service).stream().anyMatch(l -> l.contains(customer)), service + " saw " + shop.seen(service));
    }
  }

  @Test
  void aFailingPaymentShowsAsErrorsUpTheChainAndNothingIsPublished() {
    String ref = randomHex(8);
    HttpResponse<String> response = shop.placeOrder("sku=chair&qty=1&declinePayment=true&ref=" + ref);
    assertEquals(502, response.statusCode(), response::body);

    // gateway 2, orders 5 (server, INSERT, GET, POST, UPDATE), inventory 2, payment 1
    List<ReceivedSpan> trace = awaitTrace(traceIdOfOrder(ref), 10);
    TraceAssert spans = TraceAssert.assertThat(trace).hasSpanCount(10);
    spans.span("POST /api/orders").hasStatus(ERROR).hasAttribute("http.response.status_code", 502);
    spans.span("POST /orders").hasStatus(ERROR).hasAttribute("http.response.status_code", 502);
    spans.span("POST /payments").hasStatus(ERROR).hasAttribute("http.response.status_code", 503);
    spans.span("GET /inventory/*").hasStatus(UNSET);
    assertTrue(spans.spansNamed("send order-placed").isEmpty(), "a failed order is not announced");

    String waterfall = ShopTraces.waterfall(trace, WaterfallRenderer.plain(false));
    assertTrue(waterfall.lines().anyMatch(l -> l.contains("[payment-service] POST /payments") && l.endsWith("x 503")), waterfall);
  }

  @Test
  void aSlowInventoryQueryIsTheBottleneck() {
    String ref = randomHex(8);
    HttpResponse<String> response = shop.placeOrder("sku=lamp&qty=1&slowInventoryMs=1200&ref=" + ref);
    assertEquals(201, response.statusCode(), response::body);

    List<ReceivedSpan> trace = awaitTrace(traceIdOfOrder(ref), PLACED_ORDER_SPANS);

    String waterfall = ShopTraces.waterfall(trace, WaterfallRenderer.plain(false));
    assertTrue(waterfall.lines().anyMatch(l -> l.contains("SELECT stock") && l.endsWith("<- bottleneck")), waterfall);
  }

  @Test
  @Order(Integer.MAX_VALUE)
  void noServicePrintedAgentWarningsOrStackTraces() {
    for (AgentProcess service : shop.services().values()) {
      AgentNoise.assertNone(service, Pattern.compile("sun\\.misc\\.Unsafe"));
    }
  }

  /** The trace of the order placed with {@code ref=<ref>}: the gateway records the query, and its span is the root. */
  private String traceIdOfOrder(String ref) {
    return ShopTraces.awaitOrderTraceId(receiver, ref, PATIENCE);
  }

  private List<ReceivedSpan> awaitTrace(String traceId, int spans) {
    return ShopTraces.awaitTrace(receiver, traceId, spans, PATIENCE);
  }

  private static SpanAssert child(TraceAssert spans, SpanAssert parent, String name, ReceivedSpan.Kind kind, String service) {
    return TraceTreeAssert.of(spans).child(parent, name).hasKind(kind).hasResourceAttribute("service.name", service);
  }

  private static Set<Object> services(List<ReceivedSpan> trace) {
    return trace.stream().map(s -> s.resourceAttribute("service.name")).collect(Collectors.toSet());
  }

  static String randomHex(int length) {
    StringBuilder hex = new StringBuilder();
    while (hex.length() < length) {
      hex.append(Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE));
    }
    return hex.substring(0, length);
  }
}
