package io.baton.instrumentation.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;

/** A real PostgreSQL server through HikariCP's proxies. */
class PostgresHikariTest extends PostgresContract {

  private static HikariDataSource pool;

  @Override
  protected Connection connect() throws SQLException {
    if (pool == null) {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(PostgresServer.url());
      config.setUsername("postgres");
      config.setPassword("not-exported");
      config.setMaximumPoolSize(2);
      pool = new HikariDataSource(config);
    }
    return pool.getConnection();
  }

  @AfterAll
  static void closePool() {
    if (pool != null) {
      pool.close();
      pool = null;
    }
  }
}
