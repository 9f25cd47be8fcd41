package io.baton.instrumentation.jdbc;

/**
 * The few lexical differences between SQL dialects that decide where a literal ends. Guessing
 * wrong in the unsafe direction would let literal text through as if it were SQL, so each switch
 * is only on for the databases known to need it.
 */
final class SqlDialect {

  /** ANSI: {@code 'it''s'} strings, {@code "name"} identifiers, no backslash escapes. */
  static final SqlDialect STANDARD = new SqlDialect(0, false, false, false, false, false);
  /** MySQL and MariaDB: {@code \'} escapes, {@code "..."} is a string, {@code #} starts a comment. */
  static final SqlDialect MYSQL = new SqlDialect(1, true, true, true, false, false);
  /** SQL Server and SQLite: {@code [name]} identifiers. */
  static final SqlDialect BRACKETS = new SqlDialect(2, false, false, false, true, false);
  /** Oracle: {@code q'[...]'} alternative quoting. */
  static final SqlDialect ORACLE = new SqlDialect(3, false, false, false, false, true);

  static final int COUNT = 4;

  /** 0 .. COUNT-1, for per-dialect tables. */
  final int id;
  final boolean backslashEscapes;
  final boolean doubleQuotedStrings;
  final boolean hashComments;
  final boolean bracketNames;
  final boolean oracleQuotes;

  private SqlDialect(
      int id,
      boolean backslashEscapes,
      boolean doubleQuotedStrings,
      boolean hashComments,
      boolean bracketNames,
      boolean oracleQuotes) {
    this.id = id;
    this.backslashEscapes = backslashEscapes;
    this.doubleQuotedStrings = doubleQuotedStrings;
    this.hashComments = hashComments;
    this.bracketNames = bracketNames;
    this.oracleQuotes = oracleQuotes;
  }

  static SqlDialect forSystem(String dbSystemName) {
    if (dbSystemName == null) {
      return STANDARD;
    }
    switch (dbSystemName) {
      case "mysql":
      case "mariadb":
        return MYSQL;
      case "microsoft.sql_server":
      case "sqlite":
        return BRACKETS;
      case "oracle.db":
        return ORACLE;
      default:
        return STANDARD;
    }
  }
}
