package io.baton.smoke.shop;

import io.baton.core.waterfall.WaterfallRenderer;
import io.baton.testing.AgentProcess;
import io.baton.testing.Jdk;
import io.baton.testing.OtlpReceiver;
import io.baton.testing.ReceivedSpan;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo behind {@code demo/run.sh}: starts Kafka and the five shop services under the agent,
 * places three orders (an ordinary one, one whose inventory check is slow, one whose payment
 * fails) and draws each order's whole trace, as received over OTLP from all five processes.
 *
 * <p>{@code --endpoint=http://localhost:4318} sends the spans to that OTLP collector (Jaeger, an
 * OpenTelemetry Collector, ...) instead; each service then only draws its own part of the trace.
 */
public final class ShopDemo {

  private static final String[][] ORDERS = {
      {"an ordinary order", "sku=book&qty=1"},
      {"inventory is slow", "sku=lamp&qty=1&slowInventoryMs=1500"},
      {"payment fails", "sku=chair&qty=2&declinePayment=true"},
  };

  private ShopDemo() {}

  public static void main(String[] args) throws Exception {
    String endpoint = null;
    for (String arg : args) {
      if (arg.startsWith("--endpoint=")) {
        endpoint = arg.substring("--endpoint=".length());
      }
    }
    WaterfallRenderer renderer = WaterfallRenderer.forTerminal();
    say("starting Kafka and the shop: api-gateway (Tomcat 9), order-service, inventory-service, payment-service (Jetty 12), notification-service (Kafka consumer)");
    long started = System.nanoTime();
    try (ShopKafka kafka = ShopKafka.start(Path.of("target"));
        OtlpReceiver receiver = new OtlpReceiver();
        Shop shop = shop(kafka, receiver, endpoint)) {
      say(String.format("ready in %.1f s; gateway at %s", (System.nanoTime() - started) / 1e9, shop.gatewayUri()));
      Set<String> shown = new HashSet<>();
      for (String[] order : ORDERS) {
        say("");
        long sent = System.nanoTime();
        HttpResponse<String> response = shop.placeOrder(order[1]);
        say(String.format("POST /api/orders?%s  (%s) -> %d %s in %d ms", order[1], order[0], response.statusCode(),
            response.body(), (System.nanoTime() - sent) / 1_000_000));
        if (endpoint == null) {
          List<ReceivedSpan> trace = awaitCompleteTrace(receiver, shown);
          System.out.print(ShopTraces.waterfall(trace, renderer));
        }
      }
      if (endpoint != null) {
        Thread.sleep(3000); // let the last batches and the per-process waterfalls out
        say("");
        say("spans sent to " + endpoint + "; each service drew its own part on its stderr:");
        for (AgentProcess service : shop.services().values()) {
          service.stderr().stream().filter(line -> !line.startsWith("[baton]")).forEach(System.out::println);
        }
      } else {
        say("");
        say("each service also drew its own part of every trace on its stderr (otel.traces.exporter=otlp,waterfall), e.g. order-service:");
        shop.service(Shop.ORDERS).stderr().stream().filter(ShopDemo::isWaterfallLine).forEach(System.out::println);
      }
    }
  }

  private static Shop shop(ShopKafka kafka, OtlpReceiver receiver, String endpoint) {
    Shop.Builder shop = Shop.builder(Jdk.JDK17, kafka)
        .systemProperty("otel.traces.exporter", "otlp,waterfall");
    if (endpoint == null) {
      shop.exportTo(receiver);
    } else {
      shop.systemProperty("otel.exporter.otlp.endpoint", endpoint)
          .systemProperty("otel.exporter.otlp.protocol", "http/protobuf");
    }
    return shop.start();
  }

  /**
   * The new order's trace: its gateway span arrived, every call to another service has that
   * service's span under it, and nothing more came for a second. Cold JVMs on a slow machine can
   * send the callee's first batch well after the caller's.
   */
  static List<ReceivedSpan> awaitCompleteTrace(OtlpReceiver receiver, Set<String> shown) throws InterruptedException {
    ReceivedSpan entry = receiver.awaitSpan(span -> span.kind() == ReceivedSpan.Kind.SERVER
            && Shop.GATEWAY.equals(span.resourceAttribute("service.name")) && !shown.contains(span.traceId()),
        "the gateway's span of a new order", java.time.Duration.ofSeconds(30));
    shown.add(entry.traceId());
    List<ReceivedSpan> trace = new ArrayList<>();
    long quietSince = System.nanoTime();
    long deadline = System.nanoTime() + 20_000_000_000L;
    while ((System.nanoTime() - quietSince < 1_000_000_000L || hasUnansweredCall(trace)) && System.nanoTime() < deadline) {
      List<ReceivedSpan> now = ShopTraces.ofTrace(receiver.spans(), entry.traceId());
      if (now.size() != trace.size()) {
        trace = now;
        quietSince = System.nanoTime();
      }
      Thread.sleep(100);
    }
    return trace;
  }

  /** An HTTP client or Kafka producer span without a span of the called service under it. */
  static boolean hasUnansweredCall(List<ReceivedSpan> trace) {
    for (ReceivedSpan span : trace) {
      boolean remoteCall = span.kind() == ReceivedSpan.Kind.PRODUCER
          || (span.kind() == ReceivedSpan.Kind.CLIENT && span.attribute("http.request.method") != null);
      if (remoteCall && trace.stream().noneMatch(child -> span.spanId().equals(child.parentSpanId()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWaterfallLine(String line) {
    return !line.startsWith("[baton]") && !line.isBlank();
  }

  private static void say(String text) {
    System.out.println(text.isEmpty() ? "" : "==> " + text);
  }

  static Set<String> services(List<ReceivedSpan> spans) {
    return spans.stream().map(s -> String.valueOf(s.resourceAttribute("service.name"))).collect(Collectors.toSet());
  }
}
