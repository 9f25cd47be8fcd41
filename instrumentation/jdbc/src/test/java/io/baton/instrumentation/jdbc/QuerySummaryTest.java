package io.baton.instrumentation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuerySummaryTest {

  static Stream<Arguments> statements() {
    return Stream.of(
        // the examples of semconv's "Generating a summary of the query"
        Arguments.of("SELECT *\nFROM   wuser_table\nWHERE  username = ?", "SELECT wuser_table"),
        Arguments.of("INSERT INTO shipping_details\n (order_id,\n address)\nSELECT order_id,\n address\nFROM orders\nWHERE order_id = ?",
            "INSERT shipping_details SELECT orders"),
        Arguments.of("SELECT *\nFROM   songs,\n       artists\nWHERE  songs.artist_id == artists.id", "SELECT songs artists"),
        Arguments.of("SELECT order_date\nFROM   (SELECT *\n FROM orders o\n JOIN customers c\n ON o.customer_id = c.customer_id)",
            "SELECT SELECT orders customers"),
        Arguments.of("SELECT *\nFROM   \"song list\",\n       'artists'", "SELECT \"song list\" 'artists'"),
        Arguments.of("{call some_stored_procedure}", "call some_stored_procedure"),
        // ours
        Arguments.of("select * from item where id = 1", "select item"),
        Arguments.of("SELECT a FROM public.users u LEFT OUTER JOIN public.orders AS o ON u.id = o.uid", "SELECT public.users public.orders"),
        Arguments.of("SELECT EXTRACT(YEAR FROM d), SUBSTRING(s FROM 2) FROM t", "SELECT t"),
        Arguments.of("SELECT * FROM t WHERE id IN (SELECT id FROM u)", "SELECT t SELECT u"),
        Arguments.of("SELECT a FROM t UNION ALL SELECT a FROM u", "SELECT t SELECT u"),
        Arguments.of("SELECT * FROM t FOR UPDATE", "SELECT t"),
        Arguments.of("SELECT 1", "SELECT"),
        Arguments.of("INSERT INTO item (id, name) VALUES (1, 'a')", "INSERT item"),
        Arguments.of("INSERT INTO t VALUES (1) ON DUPLICATE KEY UPDATE a = 1", "INSERT t"),
        Arguments.of("UPDATE item SET name = 'b' WHERE id = 1", "UPDATE item"),
        Arguments.of("UPDATE t SET a = u.a FROM u WHERE t.id = u.id", "UPDATE t u"),
        Arguments.of("DELETE FROM item WHERE id = 1", "DELETE item"),
        Arguments.of("MERGE INTO t USING s ON (t.id = s.id) WHEN MATCHED THEN UPDATE SET a = s.a", "MERGE t s"),
        Arguments.of("CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(20))", "CREATE TABLE item"),
        Arguments.of("CREATE OR REPLACE VIEW v AS SELECT * FROM t", "CREATE VIEW v SELECT t"),
        Arguments.of("DROP TABLE IF EXISTS item", "DROP TABLE item"),
        Arguments.of("TRUNCATE item", "TRUNCATE item"),
        Arguments.of("WITH x AS (SELECT * FROM orders) SELECT * FROM x", "SELECT orders SELECT x"),
        Arguments.of("{? = call get_count(?)}", "call get_count"),
        Arguments.of("CALL add_item(?, ?)", "CALL add_item"),
        Arguments.of("EXEC dbo.GetCustomer @id = 1", "EXEC dbo.GetCustomer"),
        Arguments.of("COMMIT", "COMMIT"),
        Arguments.of("SET search_path = 'x'", "SET"),
        Arguments.of("SELECT a FROM t; DELETE FROM u", "SELECT t DELETE u"),
        Arguments.of("/* comment */ SELECT a -- x\n FROM t", "SELECT t"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statements")
  void summarizesOperationsAndTargets(String sql, String expected) {
    assertEquals(expected, QuerySummary.of(sql, SqlDialect.STANDARD).text());
  }

  @Test
  void namesTheProcedureOfASingleCall() {
    assertEquals("some_stored_procedure", QuerySummary.of("{call some_stored_procedure}", SqlDialect.STANDARD).storedProcedure());
    assertEquals("add_item", QuerySummary.of("CALL add_item(?, ?)", SqlDialect.STANDARD).storedProcedure());
    assertNull(QuerySummary.of("SELECT * FROM t", SqlDialect.STANDARD).storedProcedure());
    assertNull(QuerySummary.of("CALL a(); CALL b()", SqlDialect.STANDARD).storedProcedure());
  }

  @Test
  void neverCutsAPartAndStaysWithin255() {
    StringBuilder sql = new StringBuilder("SELECT * FROM ");
    for (int i = 0; i < 100; i++) {
      sql.append(i == 0 ? "" : ", ").append("table_number_").append((char) ('a' + i % 26)).append(i);
    }
    String summary = QuerySummary.of(sql.toString(), SqlDialect.STANDARD).text();
    assertTrue(summary.length() <= 255, summary);
    assertTrue(summary.matches("SELECT( table_number_[a-z]\\d+)+"), summary);
  }

  @Test
  void textWithoutOperationHasNoSummary() {
    assertNull(QuerySummary.of("  -- nothing\n", SqlDialect.STANDARD).text());
  }
}
