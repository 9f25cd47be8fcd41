package io.baton.instrumentation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.baton.core.api.Tracing;
import io.baton.core.testing.TestAgent;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.semconv.DbAttributes;
import io.opentelemetry.semconv.ErrorAttributes;
import io.opentelemetry.semconv.ExceptionAttributes;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every database must show, whatever gives the connection (DriverManager, HikariCP): one
 * CLIENT span per call, with exactly the stable semconv attributes.
 */
abstract class JdbcContract {

  protected Connection connection;

  /** A fresh connection to a database holding an empty {@code item} table. */
  protected abstract Connection connect() throws SQLException;

  /** db.system.name, db.namespace, server.* of this database. */
  protected abstract Map<AttributeKey<?>, Object> connectionAttributes();

  @BeforeAll
  static void installAgent() {
    TestAgent.install();
  }

  @BeforeEach
  void createTable() throws SQLException {
    connection = connect();
    try (Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS item");
      statement.execute("CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(50))");
      statement.executeUpdate("INSERT INTO item VALUES (1, 'apple')");
    }
    TestAgent.reset();
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void selectWithLiteralsIsSanitized() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT name FROM item WHERE id = 1 AND name <> 'secret'")) {
      rows.next();
    }
    SpanData span = onlySpan();
    assertEquals("SELECT item", span.getName());
    assertEquals(SpanKind.CLIENT, span.getKind());
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    assertAttributes(span, Map.of(
        DbAttributes.DB_QUERY_TEXT, "SELECT name FROM item WHERE id = ? AND name <> ?",
        DbAttributes.DB_QUERY_SUMMARY, "SELECT item"));
  }

  @Test
  void insertUpdateDeleteEachGetOneSpan() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("INSERT INTO item (id, name) VALUES (2, 'pear')");
      statement.executeUpdate("UPDATE item SET name = 'plum' WHERE id = 2");
      statement.execute("DELETE FROM item WHERE id = 2");
    }
    List<SpanData> spans = TestAgent.spans();
    assertEquals(3, spans.size(), spans::toString);
    assertAttributes(spans.get(0), Map.of(
        DbAttributes.DB_QUERY_TEXT, "INSERT INTO item (id, name) VALUES (?, ?)",
        DbAttributes.DB_QUERY_SUMMARY, "INSERT item"));
    assertAttributes(spans.get(1), Map.of(
        DbAttributes.DB_QUERY_TEXT, "UPDATE item SET name = ? WHERE id = ?",
        DbAttributes.DB_QUERY_SUMMARY, "UPDATE item"));
    assertAttributes(spans.get(2), Map.of(
        DbAttributes.DB_QUERY_TEXT, "DELETE FROM item WHERE id = ?",
        DbAttributes.DB_QUERY_SUMMARY, "DELETE item"));
    assertEquals(List.of("INSERT item", "UPDATE item", "DELETE item"), spans.stream().map(SpanData::getName).toList());
  }

  @Test
  void preparedStatementKeepsItsParameterizedText() throws SQLException {
    String sql = "SELECT name\n  FROM item\n WHERE id = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setInt(1, 1);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
      }
    }
    SpanData span = onlySpan();
    assertEquals("SELECT item", span.getName());
    assertAttributes(span, Map.of(DbAttributes.DB_QUERY_TEXT, sql, DbAttributes.DB_QUERY_SUMMARY, "SELECT item"));
  }

  @Test
  void whatIsRememberedOfAStatementAndAConnectionIsForgottenWhenTheyClose() throws Exception {
    Connection checkedOut = connect();
    PreparedStatement statement = checkedOut.prepareStatement("SELECT name FROM item WHERE id = ?");
    statement.setInt(1, 1);
    statement.executeQuery().close();
    assertNotNull(adviceSide(PreparedSqls.class, "of", Statement.class, statement), "the SQL, while open");
    assertEquals(true, adviceSide(ConnectionInfos.class, "holds", Connection.class, checkedOut), "the database, while open");

    statement.close();
    checkedOut.close();

    assertNull(adviceSide(PreparedSqls.class, "of", Statement.class, statement));
    assertEquals(false, adviceSide(ConnectionInfos.class, "holds", Connection.class, checkedOut));
  }

  /** A static method of the advice's own copy of a helper: the state the advice keeps. */
  private static Object adviceSide(Class<?> helper, String method, Class<?> parameter, Object argument)
      throws ReflectiveOperationException {
    Method found = TestAgent.adviceCopyOf(helper).getDeclaredMethod(method, parameter);
    found.setAccessible(true);
    return found.invoke(null, argument);
  }

  @Test
  void statementBatchOfOneKindIsPrefixedWithBatch() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.addBatch("INSERT INTO item VALUES (10, 'a')");
      statement.addBatch("INSERT INTO item VALUES (11, 'b')");
      statement.executeBatch();
    }
    SpanData span = onlySpan();
    assertEquals("BATCH INSERT item", span.getName());
    assertAttributes(span, Map.of(
        DbAttributes.DB_QUERY_TEXT, "INSERT INTO item VALUES (?, ?)",
        DbAttributes.DB_QUERY_SUMMARY, "BATCH INSERT item",
        DbAttributes.DB_OPERATION_BATCH_SIZE, 2L));
  }

  @Test
  void statementBatchOfMixedTextsJoinsThem() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.addBatch("INSERT INTO item VALUES (10, 'a')");
      statement.addBatch("UPDATE item SET name = 'b' WHERE id = 10");
      statement.addBatch("DELETE FROM item WHERE id = 1");
      statement.executeBatch();
    }
    SpanData span = onlySpan();
    assertEquals("BATCH", span.getName());
    assertAttributes(span, Map.of(
        DbAttributes.DB_QUERY_TEXT,
        "INSERT INTO item VALUES (?, ?); UPDATE item SET name = ? WHERE id = ?; DELETE FROM item WHERE id = ?",
        DbAttributes.DB_QUERY_SUMMARY, "BATCH",
        DbAttributes.DB_OPERATION_BATCH_SIZE, 3L));
  }

  @Test
  void preparedBatchCountsParameterSets() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("INSERT INTO item VALUES (?, ?)")) {
      for (int id = 20; id < 23; id++) {
        statement.setInt(1, id);
        statement.setString(2, "n" + id);
        statement.addBatch();
      }
      statement.executeBatch();
    }
    SpanData span = onlySpan();
    assertEquals("BATCH INSERT item", span.getName());
    assertAttributes(span, Map.of(
        DbAttributes.DB_QUERY_TEXT, "INSERT INTO item VALUES (?, ?)",
        DbAttributes.DB_QUERY_SUMMARY, "BATCH INSERT item",
        DbAttributes.DB_OPERATION_BATCH_SIZE, 3L));
  }

  @Test
  void batchOfOneIsASingleOperation() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement("INSERT INTO item VALUES (?, ?)")) {
      statement.setInt(1, 30);
      statement.setString(2, "x");
      statement.addBatch();
      statement.executeBatch();
    }
    SpanData span = onlySpan();
    assertEquals("INSERT item", span.getName());
    assertAttributes(span, Map.of(
        DbAttributes.DB_QUERY_TEXT, "INSERT INTO item VALUES (?, ?)", DbAttributes.DB_QUERY_SUMMARY, "INSERT item"));
  }

  @Test
  void failedQueryRecordsTheErrorAndRethrowsTheSameException() throws SQLException {
    SQLException thrown;
    try (Statement statement = connection.createStatement()) {
      thrown = assertThrows(SQLException.class, () -> statement.executeQuery("SELECT * FROM missing_table"));
    }
    SpanData span = onlySpan();
    assertEquals("SELECT missing_table", span.getName());
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    String code = thrown.getSQLState();
    assertAttributes(span, Map.of(
        DbAttributes.DB_QUERY_TEXT, "SELECT * FROM missing_table",
        DbAttributes.DB_QUERY_SUMMARY, "SELECT missing_table",
        DbAttributes.DB_RESPONSE_STATUS_CODE, code,
        ErrorAttributes.ERROR_TYPE, code));
    EventData event = span.getEvents().get(0);
    assertEquals("exception", event.getName());
    assertEquals(thrown.getClass().getName(), event.getAttributes().get(ExceptionAttributes.EXCEPTION_TYPE));
    // unchanged for the application: the connection still works
    try (Statement statement = connection.createStatement()) {
      statement.executeQuery("SELECT 1").close();
    }
  }

  @Test
  void spanIsAChildOfTheCurrentSpan() throws SQLException {
    Span parent = Tracing.tracer("test").spanBuilder("parent").startSpan();
    try (Scope ignored = parent.makeCurrent(); Statement statement = connection.createStatement()) {
      statement.executeQuery("SELECT name FROM item").close();
    } finally {
      parent.end();
    }
    List<SpanData> spans = TestAgent.awaitSpans(2, Duration.ofSeconds(5));
    SpanData db = spans.stream().filter(s -> s.getName().equals("SELECT item")).findFirst().orElseThrow();
    assertEquals(parent.getSpanContext().getTraceId(), db.getTraceId());
    assertEquals(parent.getSpanContext().getSpanId(), db.getParentSpanId());
  }

  /** Spans end before execute returns, so no waiting: anything more would be a duplicate. */
  protected static SpanData onlySpan() {
    List<SpanData> spans = TestAgent.spans();
    assertEquals(1, spans.size(), () -> "expected one span, got " + spans);
    return spans.get(0);
  }

  /** The call's own attributes plus the connection's, and nothing else. */
  protected void assertAttributes(SpanData span, Map<AttributeKey<?>, Object> callAttributes) {
    Map<AttributeKey<?>, Object> expected = new HashMap<>(connectionAttributes());
    expected.putAll(callAttributes);
    Attributes actual = span.getAttributes();
    assertEquals(expected, actual.asMap(), span.getName());
  }
}
