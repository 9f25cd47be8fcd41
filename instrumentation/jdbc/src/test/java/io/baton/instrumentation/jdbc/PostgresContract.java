package io.baton.instrumentation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.core.testing.TestAgent;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.semconv.DbAttributes;
import io.opentelemetry.semconv.ServerAttributes;
import java.sql.CallableStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** PostgreSQL adds what H2 lacks here: stored functions and procedures called through JDBC. */
abstract class PostgresContract extends JdbcContract {

  /** {@code peer.service}: this module's tests run with {@code localhost=orders-db} mapped (see its pom). */
  @Override
  protected Map<AttributeKey<?>, Object> connectionAttributes() {
    return Map.of(
        DbAttributes.DB_SYSTEM_NAME, "postgresql",
        DbAttributes.DB_NAMESPACE, "postgres",
        ServerAttributes.SERVER_ADDRESS, "localhost",
        ServerAttributes.SERVER_PORT, (long) PostgresServer.get().getPort(),
        AttributeKey.stringKey("peer.service"), "orders-db");
  }

  @BeforeEach
  void createRoutines() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE OR REPLACE FUNCTION add_one(i int) RETURNS int AS $$ SELECT i + 1 $$ LANGUAGE sql");
      statement.execute(
          "CREATE OR REPLACE PROCEDURE add_item(new_id int, new_name text) LANGUAGE sql"
              + " AS $$ INSERT INTO item VALUES (new_id, new_name) $$");
    }
    TestAgent.reset();
  }

  @Test
  void callableFunctionNamesTheProcedureAndKeepsTheTextOut() throws SQLException {
    try (CallableStatement call = connection.prepareCall("{? = call add_one(?)}")) {
      call.registerOutParameter(1, Types.INTEGER);
      call.setInt(2, 41);
      call.execute();
      assertEquals(42, call.getInt(1));
    }
    SpanData span = onlySpan();
    assertEquals("call add_one", span.getName());
    assertAttributes(span, Map.of(
        DbAttributes.DB_QUERY_SUMMARY, "call add_one", DbAttributes.DB_STORED_PROCEDURE_NAME, "add_one"));
  }

  @Test
  void callableProcedure() throws SQLException {
    try (CallableStatement call = connection.prepareCall("CALL add_item(?, ?)")) {
      call.setInt(1, 50);
      call.setString(2, "fig");
      call.execute();
    }
    SpanData span = onlySpan();
    assertEquals("CALL add_item", span.getName());
    assertAttributes(span, Map.of(
        DbAttributes.DB_QUERY_SUMMARY, "CALL add_item", DbAttributes.DB_STORED_PROCEDURE_NAME, "add_item"));
  }

  @Test
  void dollarQuotedLiteralIsSanitized() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeQuery("SELECT $$it's a secret$$ AS s, name FROM item WHERE id IN (1, 2, 3)").close();
    }
    assertAttributes(onlySpan(), Map.of(
        DbAttributes.DB_QUERY_TEXT, "SELECT ? AS s, name FROM item WHERE id IN (?)",
        DbAttributes.DB_QUERY_SUMMARY, "SELECT item"));
  }
}
