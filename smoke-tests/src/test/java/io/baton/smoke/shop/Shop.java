package io.baton.smoke.shop;

import io.baton.smoke.apps.shop.GatewayApp;
import io.baton.smoke.apps.shop.InventoryApp;
import io.baton.smoke.apps.shop.NotificationApp;
import io.baton.smoke.apps.shop.OrdersApp;
import io.baton.smoke.apps.shop.PaymentApp;
import io.baton.smoke.harness.SmokePaths;
import io.baton.testing.AgentProcess;
import io.baton.testing.Jdk;
import io.baton.testing.OtlpReceiver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The five shop services, each in its own JVM under the agent, wired to each other and to a Kafka
 * broker. {@link #placeOrder} is the user's click on "Place order".
 */
public final class Shop implements AutoCloseable {

  public static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  public static final String GATEWAY = "api-gateway";
  public static final String ORDERS = "order-service";
  public static final String INVENTORY = "inventory-service";
  public static final String PAYMENT = "payment-service";
  public static final String NOTIFICATION = "notification-service";

  private final Map<String, AgentProcess> services;
  private final URI gateway;
  private final HttpClient client = HttpClient.newHttpClient();

  private Shop(Map<String, AgentProcess> services, URI gateway) {
    this.services = services;
    this.gateway = gateway;
  }

  public static Builder builder(Jdk jdk, ShopKafka kafka) {
    return new Builder(jdk, kafka);
  }

  public URI gatewayUri() {
    return gateway;
  }

  /** {@code query} like {@code sku=book&qty=1&slowInventoryMs=800}; header names and values in pairs. */
  public HttpResponse<String> placeOrder(String query, String... headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve("/api/orders?" + query))
        .timeout(Duration.ofSeconds(60))
        .POST(HttpRequest.BodyPublishers.noBody());
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("order request failed; " + describe(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public AgentProcess service(String name) {
    return services.get(name);
  }

  public Map<String, AgentProcess> services() {
    return services;
  }

  /** The {@code SEEN} lines a service printed: the trace headers it received, in order. */
  public List<String> seen(String service) {
    String app = Builder.APP_TAGS.get(service);
    return services.get(service).stdout().stream()
        .filter(line -> line.startsWith("SEEN " + app + " "))
        .collect(Collectors.toList());
  }

  public String describe() {
    return services.values().stream().map(AgentProcess::describe).collect(Collectors.joining("\n"));
  }

  @Override
  public void close() {
    services.values().forEach(AgentProcess::close);
  }

  public static final class Builder {
    static final Map<String, String> APP_TAGS = Map.of(
        GATEWAY, "gateway", ORDERS, "orders", INVENTORY, "inventory", PAYMENT, "payment", NOTIFICATION, "notification");

    private final Jdk jdk;
    private final ShopKafka kafka;
    private final List<Consumer<AgentProcess.Builder>> everyService = new ArrayList<>();

    private Builder(Jdk jdk, ShopKafka kafka) {
      this.jdk = jdk;
      this.kafka = kafka;
    }

    public Builder exportTo(OtlpReceiver receiver) {
      everyService.add(app -> app.exportTo(receiver));
      return this;
    }

    /** A {@code -D} setting for every service, e.g. a sampler or a disabled instrumentation. */
    public Builder systemProperty(String key, String value) {
      everyService.add(app -> app.systemProperty(key, value));
      return this;
    }

    public Shop start() {
      int gatewayPort;
      int ordersPort;
      int inventoryPort;
      int paymentPort;
      try {
        gatewayPort = ListenPorts.unused();
        ordersPort = ListenPorts.unused();
        inventoryPort = ListenPorts.unused();
        paymentPort = ListenPorts.unused();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Map<String, AgentProcess> services = new LinkedHashMap<>();
      try {
        services.put(GATEWAY, app(GatewayApp.class, GATEWAY, "shop-gateway")
            .args(Integer.toString(gatewayPort), local(ordersPort)).start());
        services.put(ORDERS, app(OrdersApp.class, ORDERS, "shop-services")
            .args(Integer.toString(ordersPort), local(inventoryPort), local(paymentPort), kafka.bootstrapServers()).start());
        services.put(INVENTORY, app(InventoryApp.class, INVENTORY, "shop-services")
            .args(Integer.toString(inventoryPort)).start());
        services.put(PAYMENT, app(PaymentApp.class, PAYMENT, "shop-services")
            .args(Integer.toString(paymentPort)).start());
        // a group of its own: a broker shared by several shops must not hand it their orders
        services.put(NOTIFICATION, app(NotificationApp.class, NOTIFICATION, "shop-notification")
            .args(kafka.bootstrapServers(), "notifications-" + gatewayPort).start());
        for (AgentProcess service : services.values()) {
          service.awaitLine("READY", START_TIMEOUT);
        }
      } catch (RuntimeException | Error e) {
        services.values().forEach(AgentProcess::close);
        throw e;
      }
      return new Shop(services, URI.create(local(gatewayPort)));
    }

    private AgentProcess.Builder app(Class<?> main, String serviceName, String libs) {
      AgentProcess.Builder app = AgentProcess.builder(jdk, main)
          .classpath(SmokePaths.appLibs(libs))
          .jvmArg("-Xmx256m")
          .systemProperty("otel.service.name", serviceName);
      everyService.forEach(setting -> setting.accept(app));
      return app;
    }

    private static String local(int port) {
      return "http://127.0.0.1:" + port;
    }
  }
}
