package io.baton.smoke.apps.shop;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * {@code GET /inventory/<sku>[?delayMs=N]}: looks the stock up in its database and answers
 * {@code <sku> <quantity>}. {@code delayMs} makes the query itself slow (a server-side pause, like
 * a missing index), which the waterfall should point at. Args: port.
 */
public final class InventoryApp {

  private InventoryApp() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(args[0]);
    Database db = new Database("inventory",
        "CREATE TABLE IF NOT EXISTS stock(sku VARCHAR(32) PRIMARY KEY, quantity INT)",
        "MERGE INTO stock KEY(sku) VALUES ('book', 12), ('lamp', 3), ('chair', 7)",
        "CREATE ALIAS IF NOT EXISTS PAUSE FOR 'io.baton.smoke.apps.shop.InventoryApp.pause'");
    JettyServer.start(port, "/inventory/*", new HttpServlet() {
      @Override
      protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Seen.print("inventory", request.getHeader("traceparent"), request.getHeader("baggage"));
        String sku = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        long delayMs = request.getParameter("delayMs") == null ? 0 : Long.parseLong(request.getParameter("delayMs"));
        try (Connection connection = db.connect()) {
          Integer quantity = quantity(connection, sku, delayMs);
          response.setStatus(quantity == null ? 404 : 200);
          response.getWriter().print(sku + " " + (quantity == null ? 0 : quantity));
        } catch (SQLException e) {
          response.sendError(500, e.getMessage());
        }
      }
    });
    System.out.println("READY inventory " + port);
  }

  private static Integer quantity(Connection connection, String sku, long delayMs) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT quantity FROM stock WHERE sku = ? AND PAUSE(?) = 0")) {
      query.setString(1, sku);
      query.setLong(2, delayMs);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getInt(1) : null;
      }
    }
  }

  /** Called by H2 as {@code PAUSE(ms)} inside the query. */
  public static int pause(long millis) throws InterruptedException {
    Thread.sleep(millis);
    return 0;
  }
}
