package io.baton.instrumentation.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** A real PostgreSQL server, connected through {@link DriverManager} with the password in the URL. */
class PostgresDriverManagerTest extends PostgresContract {

  @Override
  protected Connection connect() throws SQLException {
    return DriverManager.getConnection(PostgresServer.url() + "?user=postgres&password=not-exported");
  }
}
