package io.baton.bench.app;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/** An H2 in-memory catalogue of {@value #ITEMS} items behind H2's own connection pool. */
final class Database {

  static final int ITEMS = 100;

  private Database() {}

  static DataSource start() throws SQLException {
    JdbcConnectionPool pool = JdbcConnectionPool.create("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "sa", "");
    pool.setMaxConnections(16);
    try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(64), price INT)");
      for (int id = 1; id <= ITEMS; id++) {
        statement.execute("INSERT INTO item VALUES (" + id + ", 'item-" + id + "', " + (id * 7 % 100) + ")");
      }
    }
    return pool;
  }

  /** The item's name and price, as {@code name:price}. */
  static String item(DataSource database, int id) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement query = connection.prepareStatement("SELECT name, price FROM item WHERE id = ?")) {
      query.setInt(1, id);
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? row.getString(1) + ":" + row.getInt(2) : "none";
      }
    }
  }
}
