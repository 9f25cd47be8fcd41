package io.baton.instrumentation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SqlSanitizerTest {

  private final SqlSanitizer sanitizer = new SqlSanitizer(SqlSanitizer.DEFAULT_MAX_LENGTH);

  static Stream<Arguments> statements() {
    SqlDialect ansi = SqlDialect.STANDARD;
    SqlDialect mysql = SqlDialect.MYSQL;
    SqlDialect brackets = SqlDialect.BRACKETS;
    SqlDialect oracle = SqlDialect.ORACLE;
    return Stream.of(
        // strings
        Arguments.of(ansi, "SELECT * FROM t WHERE name = 'bob'", "SELECT * FROM t WHERE name = ?"),
        Arguments.of(ansi, "SELECT * FROM t WHERE name = 'it''s'", "SELECT * FROM t WHERE name = ?"),
        Arguments.of(ansi, "SELECT 'a''b''c', 'x'", "SELECT ?, ?"),
        Arguments.of(ansi, "SELECT ''", "SELECT ?"),
        Arguments.of(ansi, "SELECT 'C:\\' , 'secret'", "SELECT ? , ?"),
        Arguments.of(mysql, "SELECT 'it\\'s', 'b'", "SELECT ?, ?"),
        Arguments.of(mysql, "SELECT 'a\\\\', 'b'", "SELECT ?, ?"),
        Arguments.of(mysql, "SELECT * FROM t WHERE name = \"bob\"", "SELECT * FROM t WHERE name = ?"),
        Arguments.of(ansi, "SELECT E'it\\'s' FROM t", "SELECT ? FROM t"),
        Arguments.of(ansi, "SELECT N'unicode', X'0AFF', B'0101'", "SELECT ?, ?, ?"),
        Arguments.of(ansi, "SELECT U&'d\\0061t\\+000061'", "SELECT ?"),
        Arguments.of(oracle, "SELECT q'[it's]' FROM dual", "SELECT ? FROM dual"),
        Arguments.of(oracle, "SELECT nq'{a}b'}' FROM dual", "SELECT ? FROM dual"),
        Arguments.of(ansi, "SELECT * FROM t WHERE a = 'never closed", "SELECT * FROM t WHERE a = ?"),
        // dollar quoting
        Arguments.of(ansi, "SELECT $$it's $1 'x'$$", "SELECT ?"),
        Arguments.of(ansi, "SELECT $body$ a $$ b $body$, 1", "SELECT ?, ?"),
        Arguments.of(ansi, "SELECT $tag$ never closed", "SELECT ?"),
        Arguments.of(ansi, "SELECT * FROM t WHERE id = $1 AND b = $2", "SELECT * FROM t WHERE id = $1 AND b = $2"),
        // numbers, hex, booleans
        Arguments.of(ansi, "SELECT 1, -2, 3.5, .5, 1e10, 2.5E-3", "SELECT ?, -?, ?, ?, ?, ?"),
        Arguments.of(mysql, "SELECT 0x1F, 0b101, x'ff'", "SELECT ?, ?, ?"),
        Arguments.of(ansi, "UPDATE t SET a = TRUE, b = false WHERE c IS NULL", "UPDATE t SET a = ?, b = ? WHERE c IS NULL"),
        Arguments.of(ansi, "SELECT t1.c2 FROM t1 WHERE t1.c3 = 42", "SELECT t1.c2 FROM t1 WHERE t1.c3 = ?"),
        Arguments.of(ansi, "SELECT a::int FROM t WHERE b = 7", "SELECT a::int FROM t WHERE b = ?"),
        Arguments.of(ansi, "SELECT DATE '2024-01-31', INTERVAL '1' DAY", "SELECT DATE ?, INTERVAL ? DAY"),
        Arguments.of(ansi, "SELECT {d '2024-01-31'}, {ts '2024-01-31 10:00:00'}", "SELECT {d ?}, {ts ?}"),
        // quoted names stay
        Arguments.of(ansi, "SELECT \"it's a name\" FROM \"my \"\"table\"\"\" WHERE x = 1",
            "SELECT \"it's a name\" FROM \"my \"\"table\"\"\" WHERE x = ?"),
        Arguments.of(mysql, "SELECT `we'ird` FROM `t` WHERE a = 'x'", "SELECT `we'ird` FROM `t` WHERE a = ?"),
        Arguments.of(brackets, "SELECT [o'neil] FROM [dbo].[t] WHERE a = 5", "SELECT [o'neil] FROM [dbo].[t] WHERE a = ?"),
        Arguments.of(ansi, "SELECT arr[12345] FROM t", "SELECT arr[?] FROM t"),
        // comments
        Arguments.of(ansi, "SELECT a -- the password is 'x'\nFROM t", "SELECT a FROM t"),
        Arguments.of(ansi, "SELECT /* outer /* inner 'x' */ still comment */ 1", "SELECT ?"),
        Arguments.of(ansi, "SELECT/*c*/a/*c*/FROM t", "SELECT a FROM t"),
        Arguments.of(ansi, "SELECT a FROM t /* unterminated 'secret'", "SELECT a FROM t"),
        Arguments.of(mysql, "SELECT a FROM t # secret 'x'\nWHERE b = 2", "SELECT a FROM t WHERE b = ?"),
        Arguments.of(ansi, "SELECT 5--3\n", "SELECT ?"),
        // IN lists
        Arguments.of(ansi, "SELECT * FROM t WHERE id IN (1, 2, 3)", "SELECT * FROM t WHERE id IN (?)"),
        Arguments.of(ansi, "SELECT * FROM t WHERE id in ('a','b') AND x = 1", "SELECT * FROM t WHERE id in (?) AND x = ?"),
        Arguments.of(ansi, "SELECT * FROM t WHERE id IN (?, ?, ?) AND x = 1", "SELECT * FROM t WHERE id IN (?) AND x = ?"),
        Arguments.of(ansi, "SELECT * FROM t WHERE id IN (SELECT id FROM u WHERE v = 3)",
            "SELECT * FROM t WHERE id IN (SELECT id FROM u WHERE v = ?)"),
        Arguments.of(ansi, "SELECT * FROM t WHERE id IN (1, a)", "SELECT * FROM t WHERE id IN (?, a)"),
        // placeholders and whitespace
        Arguments.of(ansi, "SELECT * FROM t WHERE a = :name AND b = 'x'", "SELECT * FROM t WHERE a = :name AND b = ?"),
        Arguments.of(ansi, "SELECT a,\n\t b\r\n FROM   t WHERE c = 1", "SELECT a, b FROM t WHERE c = ?"),
        Arguments.of(brackets, "SELECT @p1, @@ROWCOUNT, #temp.a FROM #temp WHERE x = 1",
            "SELECT @p1, @@ROWCOUNT, #temp.a FROM #temp WHERE x = ?"),
        // unicode
        Arguments.of(ansi, "SELECT * FROM café WHERE naïve = 'crème brûlée'", "SELECT * FROM café WHERE naïve = ?"),
        Arguments.of(ansi, "SELECT '😀 emoji', 𝔘𝔫𝔦 FROM t", "SELECT ?, 𝔘𝔫𝔦 FROM t"),
        Arguments.of(ansi, "SELECT\u00a0a\u2003FROM t WHERE b = '日本'", "SELECT a FROM t WHERE b = ?"),
        Arguments.of(ansi, "SELECT 名前 FROM 表 WHERE 値 = 42", "SELECT 名前 FROM 表 WHERE 値 = ?"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("statements")
  void replacesEveryLiteral(SqlDialect dialect, String sql, String expected) {
    assertEquals(expected, sanitizer.sanitize(sql, dialect));
  }

  @Test
  void parameterizedTextIsKeptAsWritten() {
    String sql = "SELECT *\n  FROM t\n WHERE a = ? AND b IN (?, ?)";
    assertSame(sql, sanitizer.sanitize(sql, SqlDialect.STANDARD));
  }

  @Test
  void outputIsBounded() {
    SqlSanitizer small = new SqlSanitizer(100);
    String sql = "SELECT " + "a, ".repeat(1000) + "'secret'";
    String sanitized = small.sanitize(sql, SqlDialect.STANDARD);
    assertEquals(100, sanitized.length());
    assertFalse(sanitized.contains("secret"));
    String plain = "SELECT " + "a, ".repeat(1000) + "b";
    assertEquals(100, small.sanitize(plain, SqlDialect.STANDARD).length());
  }

  @Test
  void hugeInListCollapsesBeyondTheBound() {
    SqlSanitizer small = new SqlSanitizer(100);
    String sql = "SELECT * FROM t WHERE id IN (" + "1, ".repeat(5000) + "2)";
    assertEquals("SELECT * FROM t WHERE id IN (?)", sanitizer.sanitize(sql, SqlDialect.STANDARD));
    assertTrue(small.sanitize(sql, SqlDialect.STANDARD).length() <= 100);
  }

  @Test
  void hostileInputStaysLinear() {
    // each of these would be quadratic for a naive scanner or a backtracking regex
    String[] hostile = {
      "[a".repeat(200_000),
      "$a".repeat(200_000),
      "'".repeat(400_001),
      "/*".repeat(200_000),
      "q'[".repeat(100_000),
      "$" + "a".repeat(60) + "$".repeat(1) + " x".repeat(200_000),
      "IN (1,".repeat(100_000),
    };
    for (String sql : hostile) {
      for (SqlDialect dialect : new SqlDialect[] {SqlDialect.STANDARD, SqlDialect.MYSQL, SqlDialect.BRACKETS, SqlDialect.ORACLE}) {
        sanitizer.sanitize(sql, dialect);
        QuerySummary.of(sql, dialect);
      }
    }
  }
}
