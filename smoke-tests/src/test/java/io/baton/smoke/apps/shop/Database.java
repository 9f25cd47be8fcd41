package io.baton.smoke.apps.shop;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * One in-memory H2 database per service: what a real service would keep in PostgreSQL. The schema
 * is created by H2's {@code INIT} on connect, so start-up issues no statements of its own and
 * every JDBC span belongs to a request.
 */
final class Database {

  private final String url;

  Database(String name, String... idempotentSchema) {
    this.url = "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;INIT=" + String.join("\\;", idempotentSchema);
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, "sa", "");
  }
}
