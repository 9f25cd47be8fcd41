package io.baton.instrumentation.jdbc;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.semconv.DbAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/** H2 2.3 in memory, connected through {@link DriverManager}. */
class H2DriverManagerTest extends JdbcContract {

  static final String URL = "jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1";

  @Override
  protected Connection connect() throws SQLException {
    return DriverManager.getConnection(URL, "sa", "");
  }

  @Override
  protected Map<AttributeKey<?>, Object> connectionAttributes() {
    return Map.of(DbAttributes.DB_SYSTEM_NAME, "h2database", DbAttributes.DB_NAMESPACE, "shop");
  }
}
