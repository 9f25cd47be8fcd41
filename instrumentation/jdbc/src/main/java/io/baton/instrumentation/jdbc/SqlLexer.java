package io.baton.instrumentation.jdbc;

/**
 * Splits SQL text into tokens in one forward pass, never looking back and never searching further
 * than the end of the current token (closing-quote searches are bounded so that hostile input
 * stays linear). What matters here is only where literals, names and comments begin and end; the
 * sanitizer and the summary give the tokens their meaning.
 *
 * <p>Unterminated strings, quoted names and comments run to the end of the text: the rest is then
 * treated as the literal (or comment) it most likely is, so nothing inside it leaks.
 */
final class SqlLexer {

  static final int END = 0;
  static final int WHITESPACE = 1;
  static final int COMMENT = 2;
  /** A bare word: keyword or identifier, kept as written. */
  static final int WORD = 3;
  /** {@code "name"}, {@code `name`}, {@code [name]}. */
  static final int QUOTED_NAME = 4;
  /** Any string-like literal: quoted, prefixed (N, E, X, B, U&amp;, q), dollar-quoted. */
  static final int STRING = 5;
  /** Numeric literals, including hex {@code 0x1F} and binary {@code 0b101}. */
  static final int NUMBER = 6;
  /** {@code ?}, {@code $1}, {@code :name}: values bound elsewhere, kept as written. */
  static final int PLACEHOLDER = 7;
  /** One punctuation or operator character ({@code ::} as one). */
  static final int PUNCT = 8;

  /** Longest dollar-quote tag searched for; longer "tags" are not dollar quotes. */
  private static final int MAX_DOLLAR_TAG = 64;

  private final String sql;
  private final SqlDialect dialect;
  private final int length;
  private int pos;
  private int start;
  /** Where the next {@code ']'} is, remembered so that many {@code '['} never rescan (-1: none). */
  private int nextCloseBracket = -2;

  SqlLexer(String sql, SqlDialect dialect) {
    this.sql = sql;
    this.dialect = dialect;
    this.length = sql.length();
  }

  int start() {
    return start;
  }

  int end() {
    return pos;
  }

  String text() {
    return sql.substring(start, pos);
  }

  char firstChar() {
    return sql.charAt(start);
  }

  boolean textEqualsIgnoreCase(String word) {
    return pos - start == word.length() && sql.regionMatches(true, start, word, 0, word.length());
  }

  int next() {
    start = pos;
    if (pos >= length) {
      return END;
    }
    char c = sql.charAt(pos);
    switch (c) {
      case '\'':
        return string(pos + 1, dialect.backslashEscapes, '\'');
      case '"':
        return dialect.doubleQuotedStrings
            ? string(pos + 1, dialect.backslashEscapes, '"')
            : quotedName('"');
      case '`':
        return quotedName('`');
      case '[':
        return dialect.bracketNames ? bracketName() : punct(1);
      case '-':
        return at(pos + 1) == '-' ? lineComment() : punct(1);
      case '/':
        return at(pos + 1) == '*' ? blockComment() : punct(1);
      case '#':
        if (dialect.hashComments) {
          return lineComment();
        }
        return isNamePart(at(pos + 1)) ? word() : punct(1);
      case '?':
        return placeholder(pos + 1);
      case ':':
        if (at(pos + 1) == ':') {
          return punct(2);
        }
        return isNamePart(at(pos + 1)) ? placeholder(skipNameParts(pos + 1)) : punct(1);
      case '$':
        return dollar();
      case '.':
        return isDigit(at(pos + 1)) ? number() : punct(1);
      default:
        break;
    }
    if (isDigit(c)) {
      return number();
    }
    if (isWhitespace(c)) {
      while (pos < length && isWhitespace(sql.charAt(pos))) {
        pos++;
      }
      return WHITESPACE;
    }
    if (isNameStart(c)) {
      return word();
    }
    return punct(Character.isHighSurrogate(c) && Character.isLowSurrogate(at(pos + 1)) ? 2 : 1);
  }

  private int word() {
    int end = skipNameParts(pos + Character.charCount(sql.codePointAt(pos)));
    int wordLength = end - pos;
    char after = at(end);
    pos = end;
    if (after == '\'' && wordLength <= 2) {
      return prefixedString(wordLength);
    }
    if (after == '&' && wordLength == 1 && (sql.charAt(start) | 0x20) == 'u' && at(end + 1) == '\'') {
      return string(end + 2, false, '\''); // U&'d\0061t\+000061'
    }
    return WORD;
  }

  /** {@code N'..'}, {@code E'..'}, {@code X'..'}, {@code B'..'}, Oracle {@code q'[..]'}. */
  private int prefixedString(int prefixLength) {
    char first = (char) (sql.charAt(start) | 0x20);
    char second = prefixLength == 2 ? (char) (sql.charAt(start + 1) | 0x20) : 0;
    if (prefixLength == 1 && (first == 'n' || first == 'x' || first == 'b')) {
      return string(pos + 1, dialect.backslashEscapes, '\'');
    }
    if (prefixLength == 1 && first == 'e') {
      return string(pos + 1, true, '\'');
    }
    if (dialect.oracleQuotes && ((prefixLength == 1 && first == 'q') || (first == 'n' && second == 'q'))) {
      return oracleQuote();
    }
    return WORD; // e.g. an identifier followed by a string: leave the string for the next token
  }

  private int oracleQuote() {
    char open = at(pos + 1);
    char close;
    switch (open) {
      case '[':
        close = ']';
        break;
      case '{':
        close = '}';
        break;
      case '(':
        close = ')';
        break;
      case '<':
        close = '>';
        break;
      default:
        close = open;
    }
    int found = pos + 2 <= length ? sql.indexOf(new String(new char[] {close, '\''}), pos + 2) : -1;
    pos = found < 0 ? length : found + 2;
    return STRING;
  }

  /** From {@code from} (just after the opening quote) to after the closing quote. */
  private int string(int from, boolean backslashEscapes, char quote) {
    int i = from;
    while (i < length) {
      char c = sql.charAt(i);
      if (c == '\\' && backslashEscapes) {
        i += 2;
      } else if (c == quote) {
        if (at(i + 1) == quote) {
          i += 2;
        } else {
          pos = i + 1;
          return STRING;
        }
      } else {
        i++;
      }
    }
    pos = length;
    return STRING;
  }

  private int quotedName(char quote) {
    int i = pos + 1;
    while (i < length) {
      if (sql.charAt(i) == quote) {
        if (at(i + 1) == quote) {
          i += 2;
          continue;
        }
        pos = i + 1;
        return QUOTED_NAME;
      }
      i++;
    }
    pos = length;
    return STRING; // never closed: treat the rest as a literal rather than emit it
  }

  private int bracketName() {
    if (nextCloseBracket != -1 && nextCloseBracket < pos) {
      nextCloseBracket = sql.indexOf(']', pos);
    }
    if (nextCloseBracket < 0) {
      return punct(1);
    }
    pos = nextCloseBracket + 1;
    return QUOTED_NAME;
  }

  private int lineComment() {
    while (pos < length && sql.charAt(pos) != '\n' && sql.charAt(pos) != '\r') {
      pos++;
    }
    return COMMENT;
  }

  /** Nested like PostgreSQL's; where comments do not nest this only hides more, never less. */
  private int blockComment() {
    int depth = 0;
    int i = pos;
    while (i < length) {
      char c = sql.charAt(i);
      if (c == '/' && at(i + 1) == '*') {
        depth++;
        i += 2;
      } else if (c == '*' && at(i + 1) == '/') {
        i += 2;
        if (--depth == 0) {
          pos = i;
          return COMMENT;
        }
      } else {
        i++;
      }
    }
    pos = length;
    return COMMENT;
  }

  private int dollar() {
    char next = at(pos + 1);
    if (isDigit(next)) {
      int i = pos + 1;
      while (isDigit(at(i))) {
        i++;
      }
      return placeholder(i);
    }
    // $$...$$ or $tag$...$tag$ (PostgreSQL, H2)
    int i = pos + 1;
    while (i < length && i - pos <= MAX_DOLLAR_TAG && sql.charAt(i) != '$' && isNamePart(sql.charAt(i))) {
      i++;
    }
    if (at(i) != '$' || (i > pos + 1 && isDigit(sql.charAt(pos + 1)))) {
      return punct(1);
    }
    String tag = sql.substring(pos, i + 1);
    int close = sql.indexOf(tag, i + 1);
    pos = close < 0 ? length : close + tag.length();
    return STRING;
  }

  private int number() {
    int i = pos;
    if (sql.charAt(i) == '0' && (at(i + 1) | 0x20) == 'x' || sql.charAt(i) == '0' && (at(i + 1) | 0x20) == 'b') {
      i += 2;
    } else {
      while (isDigit(at(i))) {
        i++;
      }
      if (at(i) == '.') {
        i++;
        while (isDigit(at(i))) {
          i++;
        }
      }
      if ((at(i) | 0x20) == 'e' && (isDigit(at(i + 1)) || ((at(i + 1) == '+' || at(i + 1) == '-') && isDigit(at(i + 2))))) {
        i += 2;
      }
    }
    // digits glued to letters (1e5, 0xFF, 2abc in MySQL) stay one literal
    pos = skipNameParts(i);
    return NUMBER;
  }

  private int placeholder(int end) {
    pos = end;
    return PLACEHOLDER;
  }

  private int punct(int size) {
    pos = Math.min(length, pos + size);
    return PUNCT;
  }

  private int skipNameParts(int from) {
    int i = from;
    while (i < length) {
      char c = sql.charAt(i);
      if (isNamePart(c)) {
        i++;
      } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLetterOrDigit(sql.codePointAt(i))) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  private char at(int index) {
    return index < length ? sql.charAt(index) : 0;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\n' || c == '\t' || c == '\r' || (c > 127 && Character.isSpaceChar(c)) || Character.isWhitespace(c);
  }

  private boolean isNameStart(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '@';
    }
    return Character.isLetter(c) || (Character.isHighSurrogate(c) && Character.isLetter(sql.codePointAt(pos)));
  }

  private static boolean isNamePart(char c) {
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' || c == '#' || c == '@';
    }
    return Character.isLetterOrDigit(c);
  }
}
