package io.baton.instrumentation.jdbc;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random statements built from tricky pieces, where every literal carries a marker no other piece
 * contains ({@code zq} in strings, the digit 7 in numbers, which names never hold): after
 * sanitizing, no marker may be left. Seeds are fixed so that a failure can be replayed.
 */
class SanitizerFuzzTest {

  private static final String[] NAMES = {"t", "users", "a_b", "\"quoted name\"", "x$y", "café", "@p", ":named", "?", "$1"};
  private static final String[] KEYWORDS = {"SELECT", "FROM", "WHERE", "AND", "IN", "=", ",", "(", ")", ";", "::", ".", "-", "+"};

  @Test
  void noLiteralSurvivesInAnyDialect() {
    SqlSanitizer sanitizer = new SqlSanitizer(SqlSanitizer.DEFAULT_MAX_LENGTH);
    Object[][] dialects = {
      {SqlDialect.STANDARD, false}, {SqlDialect.MYSQL, true}, {SqlDialect.BRACKETS, false}, {SqlDialect.ORACLE, false}
    };
    for (Object[] entry : dialects) {
      SqlDialect dialect = (SqlDialect) entry[0];
      boolean backslash = (Boolean) entry[1];
      Random random = new Random(42 + dialect.id);
      for (int round = 0; round < 20_000; round++) {
        String sql = statement(random, dialect, backslash);
        String sanitized = sanitizer.sanitize(sql, dialect);
        assertFalse(sanitized.contains("zq") || sanitized.contains("ZQ"), () -> sql + "\n  -> " + sanitized);
        assertFalse(sanitized.indexOf('7') >= 0, () -> sql + "\n  -> " + sanitized);
        // semconv's own example keeps a quoted string where a table name belongs ('artists'),
        // so only there may a string show in the summary; numbers never do
        String summary = QuerySummary.of(sql, dialect).text();
        assertTrue(summary == null || (summary.indexOf('7') < 0 && onlyPlainQuotedTargets(summary)), () -> sql + "\n  -> " + summary);
      }
    }
  }

  @Test
  void randomCharactersNeverBreakIt() {
    SqlSanitizer sanitizer = new SqlSanitizer(200);
    Random random = new Random(7);
    String alphabet = "'\"`[]$\\/*-#?:;(),. \n\tabcINin01xqQE&{}@😀é";
    for (int round = 0; round < 50_000; round++) {
      StringBuilder sql = new StringBuilder();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        sql.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      for (SqlDialect dialect : new SqlDialect[] {SqlDialect.STANDARD, SqlDialect.MYSQL, SqlDialect.BRACKETS, SqlDialect.ORACLE}) {
        assertTrue(sanitizer.sanitize(sql.toString(), dialect).length() <= 200);
        QuerySummary summary = QuerySummary.of(sql.toString(), dialect);
        assertTrue(summary.text() == null || summary.text().length() <= QuerySummary.MAX_LENGTH);
      }
    }
  }

  /** Every marker in the summary sits in a plain {@code 'quoted'} part (a table name by semconv's example). */
  private static boolean onlyPlainQuotedTargets(String summary) {
    for (int i = summary.indexOf("zq"); i >= 0; i = summary.indexOf("zq", i + 1)) {
      boolean plainQuote = i >= 1 && summary.charAt(i - 1) == '\'' && (i == 1 || " '".indexOf(summary.charAt(i - 2)) >= 0);
      if (!plainQuote) {
        return false;
      }
    }
    return true;
  }

  private static String statement(Random random, SqlDialect dialect, boolean backslash) {
    List<String> pieces = new ArrayList<>();
    int count = 1 + random.nextInt(25);
    for (int i = 0; i < count; i++) {
      switch (random.nextInt(4)) {
        case 0:
          pieces.add(literal(random, dialect, backslash));
          break;
        case 1:
          pieces.add(NAMES[random.nextInt(NAMES.length)]);
          break;
        case 2:
          pieces.add(KEYWORDS[random.nextInt(KEYWORDS.length)]);
          break;
        default:
          pieces.add(comment(random, dialect, backslash));
      }
    }
    StringBuilder sql = new StringBuilder();
    for (String piece : pieces) {
      // whitespace between pieces, sometimes none where gluing cannot change the tokens
      sql.append(piece).append(random.nextInt(5) == 0 ? "\n" : " ");
    }
    return sql.toString();
  }

  private static String literal(Random random, SqlDialect dialect, boolean backslash) {
    switch (random.nextInt(10)) {
      case 0:
        return "'zq " + tricky(random) + "'";
      case 1:
        return "'zq''s ''zq'''";
      case 2:
        return backslash ? "'zq\\'s \\\\'" : "'zq\\'"; // a backslash escape, or a plain trailing backslash
      case 3:
        return "$$zq '" + tricky(random).replace("$", "") + " $$"; // $$ inside would end it
      case 4:
        return "$tag$zq $$ $1 '" + " $tag$";
      case 5:
        return random.nextBoolean() ? "77" : "-7.75e7";
      case 6:
        return random.nextBoolean() ? "0x7F7" : "X'7f7'";
      case 7:
        return "N'zq é😀'";
      case 8:
        return dialect == SqlDialect.ORACLE ? "q'[zq's]'" : "E'zq\\'s'";
      default:
        return dialect == SqlDialect.MYSQL ? "\"zq \\\" 'x\"" : "7";
    }
  }

  private static String comment(Random random, SqlDialect dialect, boolean backslash) {
    switch (random.nextInt(4)) {
      case 0:
        return "-- zq 7 '\n";
      case 1:
        return "/* zq 7 ' */";
      case 2:
        return "/* outer /* zq 7 */ ' 7 */";
      default:
        return dialect.hashComments ? "# zq 7\n" : "/**/";
    }
  }

  private static String tricky(Random random) {
    String[] parts = {"/*", "*/", "--", "\"", "`", "[", "]", "$$", "?", ";", "IN (", ")", "é", "😀", "\n"};
    return parts[random.nextInt(parts.length)] + parts[random.nextInt(parts.length)];
  }
}
