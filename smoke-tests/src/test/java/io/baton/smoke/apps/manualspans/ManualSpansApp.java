package io.baton.smoke.apps.manualspans;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.instrumentation.annotations.SpanAttribute;
import io.opentelemetry.instrumentation.annotations.WithSpan;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * The seeds' manual-instrumentation example inside a servlet request, in an application that has
 * the OpenTelemetry API and the instrumentation annotations on its class path but NO SDK:
 * {@code GET /orders/*} (the agent's servlet SERVER span, on embedded Tomcat 10.1) →
 * {@code handle_request} (a {@code @WithSpan} method, made by the agent) → {@code process_order}
 * → {@code check_inventory}, {@code process_payment} (made with {@code GlobalOpenTelemetry}) →
 * {@code notify_warehouse} (made by the agent again, under the application's current span); and,
 * in the same request, an async {@code @WithSpan} method whose span ends with its future.
 *
 * <p>Prints {@code READY <port>}, serves one request, then prints what the application itself
 * observed ({@code CURRENT}, {@code HEADERS}, ...) and {@code DONE}. With the argument
 * {@code set-own} it first tries to install its own {@code OpenTelemetry} as the global one.
 * Compiled against the test class path's API but run with {@code target/app-libs/manualspans-api-*}:
 * use only API that 1.20 has.
 */
public class ManualSpansApp {

  private final Tracer tracer = GlobalOpenTelemetry.getTracer("order-service", "1.0.0");

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("set-own")) {
      installOwnGlobal();
    }
    System.out.println("SDK " + (isPresent("io.opentelemetry.sdk.OpenTelemetrySdk") ? "PRESENT" : "ABSENT"));
    System.out.println("API " + Span.class.getProtectionDomain().getCodeSource().getLocation().getPath().replaceAll(".*/", ""));
    System.out.println("GLOBAL " + GlobalOpenTelemetry.get());

    EmbeddedTomcat tomcat = EmbeddedTomcat.start("/orders/*", new OrdersServlet(new ManualSpansApp()), RequestsDone.class);
    System.out.println("READY " + tomcat.port());
    boolean served = RequestsDone.awaitFirst(60);
    System.out.println("OUTSIDE " + Span.current().getSpanContext().isValid());
    System.out.println(served ? "DONE" : "NO REQUEST");
    // not tomcat.stop(): on JDK 17+ its leak detection logs WARNINGs asking for --add-opens. The
    // agent's shutdown hook still exports every span, all ended before the request was "destroyed"
    System.exit(0);
  }

  /** Like an application that builds its own SDK and registers it: no SDK here, a propagating-only one. */
  private static void installOwnGlobal() {
    OpenTelemetry own = OpenTelemetry.propagating(ContextPropagators.noop());
    GlobalOpenTelemetry.set(own);
    System.out.println("SET RETURNED");
  }

  @WithSpan("handle_request")
  public Map<String, String> handleRequest(@SpanAttribute("order.id") String orderId, int items) {
    Span order = tracer.spanBuilder("process_order")
        .setAttribute("order.id", orderId)
        .setAttribute(AttributeKey.longKey("order.items"), (long) items)
        .startSpan();
    try (Scope ignored = order.makeCurrent()) {
      System.out.println("ORDER " + order.getSpanContext().getTraceId() + " " + order.getSpanContext().getSpanId()
          + " same=" + (Span.current() == order));
      checkInventory(items);
      return processPayment(99.5);
    } finally {
      order.end();
    }
  }

  private void checkInventory(int items) {
    Span span = tracer.spanBuilder("check_inventory").startSpan();
    try (Scope ignored = span.makeCurrent()) {
      span.setAttribute("inventory.available", true);
      span.setAttribute("inventory.items", items);
      span.addEvent("stock_checked", Attributes.of(AttributeKey.stringKey("warehouse"), "north"));
    } finally {
      span.end();
    }
  }

  private Map<String, String> processPayment(double amount) {
    Span span = tracer.spanBuilder("process_payment").setSpanKind(SpanKind.CLIENT).startSpan();
    Baggage baggage = Baggage.current().toBuilder().put("customer.tier", "gold").build();
    try (Scope ignored = span.makeCurrent(); Scope withBaggage = baggage.makeCurrent()) {
      span.setAttribute("payment.amount", amount);
      span.setAttribute("payment.method", "card");
      notifyWarehouse();
      Map<String, String> headers = new TreeMap<>();
      GlobalOpenTelemetry.getPropagators().getTextMapPropagator()
          .inject(Context.current(), headers, (carrier, key, value) -> carrier.put(key, value));
      span.setStatus(StatusCode.OK);
      return headers;
    } finally {
      span.end();
    }
  }

  @WithSpan("notify_warehouse")
  public void notifyWarehouse() {
    System.out.println("BAGGAGE " + Baggage.current().getEntryValue("customer.tier"));
  }

  @WithSpan("reserve_async")
  public CompletableFuture<String> reserveLater(@SpanAttribute("order.id") String orderId) {
    return CompletableFuture.supplyAsync(() -> {
      sleep(300);
      return "reserved " + orderId;
    });
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean isPresent(String className) {
    try {
      Class.forName(className);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
