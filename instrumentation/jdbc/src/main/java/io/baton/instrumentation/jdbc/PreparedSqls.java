package io.baton.instrumentation.jdbc;

import java.sql.Statement;

/**
 * The SQL a {@code PreparedStatement}/{@code CallableStatement} was prepared with, captured at
 * {@code Connection.prepareStatement/prepareCall} and read when it executes. Held weakly: an
 * application that never closes its statements must not leak them through us.
 */
final class PreparedSqls {

  private static final WeakIdentityMap<Statement, PreparedSql> SQLS = new WeakIdentityMap<>();

  private PreparedSqls() {}

  static void remember(Object statement, String sql, boolean call) {
    if (statement instanceof Statement && sql != null) {
      SQLS.put((Statement) statement, new PreparedSql(sql, call));
    }
  }

  static PreparedSql of(Statement statement) {
    return SQLS.get(statement);
  }

  static void forget(Statement statement) {
    SQLS.remove(statement);
  }

  static final class PreparedSql {
    final String sql;
    /** Prepared with {@code prepareCall}: a procedure call through JDBC's own API. */
    final boolean call;

    PreparedSql(String sql, boolean call) {
      this.sql = sql;
      this.call = call;
    }
  }
}
