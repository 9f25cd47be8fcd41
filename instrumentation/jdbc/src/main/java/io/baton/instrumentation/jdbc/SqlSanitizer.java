package io.baton.instrumentation.jdbc;

/**
 * Replaces every literal of a SQL text with {@code ?}, in one pass over the lexer's tokens:
 * strings (with doubled or escaped quotes, prefixed, dollar-quoted), numbers, hex and binary
 * values, and the booleans {@code TRUE}/{@code FALSE}. Comments are dropped (they may carry
 * anything), runs of whitespace become one space, and an {@code IN} list of nothing but values
 * collapses to {@code IN (?)} (semconv: "IN-clauses MAY be collapsed"). The result is cut at
 * {@link #maxLength} characters; truncation can only drop text, so it never exposes a literal.
 *
 * <p>Text without any literal or comment is returned as written: semconv says parameterized
 * query text SHOULD NOT be sanitized, and {@code ?}/{@code $1}/{@code :name} are placeholders,
 * not literals.
 */
final class SqlSanitizer {

  static final int DEFAULT_MAX_LENGTH = 32 * 1024;

  private static final int LIST_NONE = 0;
  private static final int LIST_AFTER_IN = 1;
  private static final int LIST_EXPECT_VALUE = 2;
  private static final int LIST_AFTER_VALUE = 3;

  private final int maxLength;

  SqlSanitizer(int maxLength) {
    this.maxLength = maxLength;
  }

  String sanitize(String sql, SqlDialect dialect) {
    SqlLexer lexer = new SqlLexer(sql, dialect);
    StringBuilder out = new StringBuilder(Math.min(sql.length(), maxLength) + 16);
    boolean changed = false;
    boolean truncated = false;
    boolean space = false;
    int list = LIST_NONE;
    int listStart = 0;
    for (int token = lexer.next(); token != SqlLexer.END; token = lexer.next()) {
      if (token == SqlLexer.WHITESPACE || token == SqlLexer.COMMENT) {
        changed |= token == SqlLexer.COMMENT;
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      boolean literal = isLiteral(token, lexer);
      boolean value = literal || token == SqlLexer.PLACEHOLDER;
      if (literal) {
        changed = true;
        out.append('?');
      } else {
        out.append(lexer.text());
      }
      // IN ( value [, value]* )  ->  IN (?)
      if (token == SqlLexer.WORD && lexer.textEqualsIgnoreCase("IN")) {
        list = LIST_AFTER_IN;
      } else if (list == LIST_AFTER_IN && isPunct(token, lexer, '(')) {
        list = LIST_EXPECT_VALUE;
        listStart = out.length();
      } else if (list == LIST_EXPECT_VALUE && value) {
        list = LIST_AFTER_VALUE;
      } else if (list == LIST_AFTER_VALUE && isPunct(token, lexer, ',')) {
        list = LIST_EXPECT_VALUE;
      } else if (list == LIST_AFTER_VALUE && isPunct(token, lexer, ')')) {
        out.setLength(listStart);
        out.append("?)");
        list = LIST_NONE;
      } else {
        list = LIST_NONE;
      }
      // an IN list still open may collapse later, so it gets twice the room before we give up
      if (out.length() > (list >= LIST_EXPECT_VALUE ? 2 * maxLength : maxLength)) {
        truncated = true;
        break;
      }
    }
    if (!changed && !truncated) {
      return sql.length() <= maxLength ? sql : cut(sql);
    }
    return out.length() <= maxLength ? out.toString() : cut(out);
  }

  private String cut(CharSequence text) {
    int end = maxLength;
    if (Character.isLowSurrogate(text.charAt(end)) && Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.subSequence(0, end).toString();
  }

  private static boolean isLiteral(int token, SqlLexer lexer) {
    if (token == SqlLexer.STRING || token == SqlLexer.NUMBER) {
      return true;
    }
    return token == SqlLexer.WORD && (lexer.textEqualsIgnoreCase("TRUE") || lexer.textEqualsIgnoreCase("FALSE"));
  }

  private static boolean isPunct(int token, SqlLexer lexer, char c) {
    return token == SqlLexer.PUNCT && lexer.firstChar() == c;
  }
}
