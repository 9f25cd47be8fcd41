package io.baton.smoke.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.testing.Jdk;
import io.baton.testing.OtlpReceiver;
import io.baton.testing.ReceivedSpan;
import io.baton.testing.TraceAssert;
import io.baton.testing.TraceTreeAssert;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The standard switches on the whole shop: a sampler that keeps nothing, one instrumentation turned off. */
class ShopSwitchesSmokeTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  @Test
  void ratioZeroExportsNothingYetEveryServiceReceivesTheTraceparentUnsampled() throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        Shop shop = Shop.builder(Jdk.JDK17, ShopKafka.shared())
            .exportTo(receiver)
            .systemProperty("otel.traces.sampler", "traceidratio")
            .systemProperty("otel.traces.sampler.arg", "0")
            .start()) {
      HttpResponse<String> response = shop.placeOrder("sku=book&qty=1");
      assertEquals(201, response.statusCode(), response::body);
      shop.service(Shop.NOTIFICATION).awaitLine("NOTIFIED", PATIENCE);

      String traceId = null;
      for (String service : List.of(Shop.ORDERS, Shop.INVENTORY, Shop.PAYMENT, Shop.NOTIFICATION)) {
        List<String> seen = shop.seen(service);
        assertEquals(1, seen.size(), () -> service + ": " + seen);
        String[] traceparent = seen.get(0).replaceAll(".*traceparent=(\\S+).*", "$1").split("-");
        assertEquals(4, traceparent.length, seen::toString);
        assertEquals(0, Integer.parseInt(traceparent[3], 16) & 1, () -> service + " got a sampled traceparent: " + seen);
        traceId = traceId == null ? traceparent[1] : traceId;
        assertEquals(traceId, traceparent[1], () -> service + " is in another trace: " + seen);
      }
      Thread.sleep(1500); // four export intervals
      assertEquals(List.of(), receiver.spans());
    }
  }

  @Test
  void withJdbcSwitchedOffItsSpansVanishAndTheRestStillConnects() throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        Shop shop = Shop.builder(Jdk.JDK17, ShopKafka.shared())
            .exportTo(receiver)
            .systemProperty("otel.instrumentation.jdbc.enabled", "false")
            .start()) {
      String ref = ShopFlowContract.randomHex(8);
      HttpResponse<String> response = shop.placeOrder("sku=book&qty=1&ref=" + ref);
      assertEquals(201, response.statusCode(), response::body);

      List<ReceivedSpan> trace = ShopTraces.awaitTrace(receiver, ShopTraces.awaitOrderTraceId(receiver, ref, PATIENCE), 9, PATIENCE);

      // 13 spans of a placed order less the 4 statements
      TraceAssert spans = TraceAssert.assertThat(trace).hasSpanCount(9);
      assertTrue(trace.stream().noneMatch(s -> s.attributes().containsKey("db.system.name")), trace::toString);
      TraceTreeAssert tree = TraceTreeAssert.of(spans);
      var gateway = tree.root("POST /api/orders").isRoot();
      var orders = tree.child(tree.child(gateway, "POST"), "POST /orders");
      tree.child(tree.child(orders, "GET"), "GET /inventory/*");
      tree.child(tree.child(orders, "POST"), "POST /payments");
      tree.child(tree.child(orders, "send order-placed"), "process order-placed");
      assertEquals(Set.of(Shop.GATEWAY, Shop.ORDERS, Shop.INVENTORY, Shop.PAYMENT, Shop.NOTIFICATION),
          trace.stream().map(s -> s.resourceAttribute("service.name")).collect(Collectors.toSet()));
    }
  }
}
