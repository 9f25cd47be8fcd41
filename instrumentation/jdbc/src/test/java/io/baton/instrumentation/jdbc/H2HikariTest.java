package io.baton.instrumentation.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.semconv.DbAttributes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;

/** H2 through HikariCP's proxies: still exactly one span per call. */
class H2HikariTest extends JdbcContract {

  private static HikariDataSource pool;

  @Override
  protected Connection connect() throws SQLException {
    if (pool == null) {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl("jdbc:h2:mem:pooled;DB_CLOSE_DELAY=-1");
      config.setUsername("sa");
      config.setPassword("");
      config.setMaximumPoolSize(2);
      pool = new HikariDataSource(config);
    }
    return pool.getConnection();
  }

  @Override
  protected Map<AttributeKey<?>, Object> connectionAttributes() {
    return Map.of(DbAttributes.DB_SYSTEM_NAME, "h2database", DbAttributes.DB_NAMESPACE, "pooled");
  }

  @AfterAll
  static void closePool() {
    if (pool != null) {
      pool.close();
      pool = null;
    }
  }
}
