package io.baton.smoke.apps.shop;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * {@code POST /orders?sku=<sku>&qty=<n>[&slowInventoryMs=N][&declinePayment=true]}: stores the
 * order, then checks inventory (java.net.http.HttpClient) and charges payment
 * (HttpURLConnection) in parallel on an executor; when both succeed it publishes
 * {@code order-placed} and answers 201, else 502. Args: port, inventory base URL, payment base
 * URL, Kafka bootstrap servers.
 */
public final class OrdersApp {

  static final String TOPIC = "order-placed";

  private final Database db = new Database("orders",
      "CREATE TABLE IF NOT EXISTS orders(id BIGINT PRIMARY KEY, sku VARCHAR(32), quantity INT, status VARCHAR(16))");
  private final AtomicLong ids = new AtomicLong();
  private final ExecutorService workers = Executors.newFixedThreadPool(4);
  private final HttpClient http = HttpClient.newHttpClient();
  private final String inventoryUrl;
  private final String paymentUrl;
  private final KafkaProducer<String, String> producer;

  private OrdersApp(String inventoryUrl, String paymentUrl, String kafka) {
    this.inventoryUrl = inventoryUrl;
    this.paymentUrl = paymentUrl;
    Properties config = new Properties();
    config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
    config.put(ProducerConfig.CLIENT_ID_CONFIG, "orders");
    config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    this.producer = new KafkaProducer<>(config);
  }

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    OrdersApp app = new OrdersApp(args[1], args[2], args[3]);
    JettyServer.start(port, "/orders", new HttpServlet() {
      @Override
      protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Seen.print("orders", request.getHeader("traceparent"), request.getHeader("baggage"));
        app.placeOrder(request, response);
      }
    });
    System.out.println("READY orders " + port);
  }

  private void placeOrder(HttpServletRequest request, HttpServletResponse response) throws IOException {
    String sku = request.getParameter("sku");
    int quantity = Integer.parseInt(request.getParameter("qty") == null ? "1" : request.getParameter("qty"));
    String slowMs = request.getParameter("slowInventoryMs") == null ? "0" : request.getParameter("slowInventoryMs");
    boolean decline = Boolean.parseBoolean(request.getParameter("declinePayment"));
    long id = ids.incrementAndGet();
    try {
      save(id, sku, quantity, "NEW");
      // the two calls do not depend on each other: the order waits for the slower one only
      Future<Integer> stock = workers.submit(() -> checkInventory(sku, slowMs));
      Future<Integer> payment = workers.submit(() -> charge(id, quantity, decline));
      boolean inStock = stock.get() == 200;
      boolean paid = payment.get() == 200;
      if (!inStock || !paid) {
        updateStatus(id, inStock ? "PAYMENT_FAILED" : "OUT_OF_STOCK");
        response.setStatus(502);
        response.getWriter().print("order " + id + (inStock ? " payment failed" : " out of stock"));
        return;
      }
      updateStatus(id, "PLACED");
      producer.send(new ProducerRecord<>(TOPIC, Long.toString(id), "{\"order\":" + id + ",\"sku\":\"" + sku + "\"}")).get();
      response.setStatus(201);
      response.getWriter().print("order " + id + " placed");
    } catch (Exception e) {
      response.setStatus(500);
      response.getWriter().print("order " + id + " failed: " + e);
    }
  }

  private int checkInventory(String sku, String slowMs) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(inventoryUrl + "/inventory/" + sku + "?delayMs=" + slowMs)).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  private int charge(long id, int quantity, boolean decline) throws IOException {
    URL url = URI.create(paymentUrl + "/payments?order=" + id + "&amount=" + (quantity * 1999) + (decline ? "&decline=true" : "")).toURL();
    HttpURLConnection connection = (HttpURLConnection) url.openConnection();
    connection.setRequestMethod("POST");
    connection.setDoOutput(true);
    try (OutputStream body = connection.getOutputStream()) {
      body.write(("order=" + id).getBytes(StandardCharsets.UTF_8));
    }
    int status = connection.getResponseCode();
    try (InputStream answer = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
      if (answer != null) {
        answer.readAllBytes();
      }
    }
    return status;
  }

  private void save(long id, String sku, int quantity, String status) throws SQLException {
    try (Connection connection = db.connect();
        PreparedStatement insert = connection.prepareStatement("INSERT INTO orders(id, sku, quantity, status) VALUES (?, ?, ?, ?)")) {
      insert.setLong(1, id);
      insert.setString(2, sku);
      insert.setInt(3, quantity);
      insert.setString(4, status);
      insert.executeUpdate();
    }
  }

  private void updateStatus(long id, String status) throws SQLException {
    try (Connection connection = db.connect();
        PreparedStatement update = connection.prepareStatement("UPDATE orders SET status = ? WHERE id = ?")) {
      update.setString(1, status);
      update.setLong(2, id);
      update.executeUpdate();
    }
  }
}
