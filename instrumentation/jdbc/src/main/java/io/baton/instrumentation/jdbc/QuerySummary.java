package io.baton.instrumentation.jdbc;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * {@code db.query.summary} as semconv's "Generating a summary of the query" describes it: the
 * operations and their targets, in the order the text gives them, as written (no case change),
 * {@code "{operation1} {target1} {operation2} {target2} ..."}, at most 255 characters and never cut
 * inside a part. Examples: {@code SELECT wuser_table}, {@code INSERT shipping_details SELECT
 * orders}, {@code SELECT songs artists}, {@code call some_stored_procedure}.
 *
 * <p>It is a shallow reading of the token stream, not a SQL parser: it knows where statements and
 * sub-queries start, which clauses list tables ({@code FROM}, {@code JOIN}, {@code INTO},
 * {@code UPDATE}, {@code USING}), and that a word after a table is its alias. Literals never get
 * in (a quoted string counts only where a table name is expected, as in semconv's {@code 'artists'}
 * example).
 */
final class QuerySummary {

  static final int MAX_LENGTH = 255;

  private final String text;
  private final String storedProcedure;

  private QuerySummary(String text, String storedProcedure) {
    this.text = text;
    this.storedProcedure = storedProcedure;
  }

  /** Null when the text holds no operation at all. */
  String text() {
    return text;
  }

  /** The procedure name when the text is a single call of one procedure, else null. */
  String storedProcedure() {
    return storedProcedure;
  }

  static QuerySummary of(String sql, SqlDialect dialect) {
    return new Reader(sql, dialect).read();
  }

  private static Set<String> words(String... words) {
    return new HashSet<>(Arrays.asList(words));
  }

  // what an operation is
  private static final int OP_NONE = 0;
  private static final int OP_SELECT = 1;
  private static final int OP_INSERT = 2;
  private static final int OP_UPDATE = 3;
  private static final int OP_DELETE = 4;
  private static final int OP_MERGE = 5;
  private static final int OP_DDL = 6;
  private static final int OP_CALL = 7;
  private static final int OP_OTHER = 8;
  /** {@code USE db}: a target, but not a procedure. */
  private static final int OP_USE = 9;

  // where we are in a clause that lists tables
  private static final int LIST_NONE = 0;
  private static final int LIST_EXPECT_TABLE = 1;
  private static final int LIST_AFTER_TABLE = 2;
  private static final int LIST_AFTER_DOT = 3;
  private static final int LIST_ALIAS = 4;
  private static final int LIST_AFTER_ALIAS = 5;
  private static final int LIST_CONDITION = 6;
  private static final int LIST_DDL_OBJECT = 7;

  /** Statements that may start a sub-query: after {@code (}, {@code UNION}, a {@code WITH} list. */
  private static final Set<String> NESTED_COMMANDS = words("SELECT", "INSERT", "UPDATE", "DELETE", "MERGE");
  private static final Set<String> SET_OPERATORS = words("UNION", "INTERSECT", "EXCEPT", "MINUS");
  private static final Set<String> DDL = words("CREATE", "DROP", "ALTER", "TRUNCATE");
  private static final Set<String> DDL_MODIFIERS =
      words("OR", "REPLACE", "ALTER", "TEMP", "TEMPORARY", "GLOBAL", "LOCAL", "UNIQUE", "UNLOGGED", "CACHED",
          "MEMORY", "EXTERNAL", "VIRTUAL", "FORCE", "NOFORCE", "CLUSTERED", "NONCLUSTERED", "RECURSIVE", "SECURE");
  private static final Set<String> DDL_OBJECTS =
      words("TABLE", "VIEW", "INDEX", "SEQUENCE", "PROCEDURE", "FUNCTION", "TRIGGER", "SCHEMA", "DATABASE", "TYPE",
          "DOMAIN", "ALIAS", "SYNONYM", "PACKAGE", "EXTENSION", "MATERIALIZED", "USER", "ROLE", "TABLESPACE");
  /** Words between an operation and its table that are not the table. */
  private static final Set<String> TABLE_SKIP =
      words("ONLY", "LATERAL", "INTO", "FROM", "IGNORE", "OR", "REPLACE", "ROLLBACK", "ABORT", "FAIL", "LOW_PRIORITY",
          "DELAYED", "HIGH_PRIORITY", "QUICK", "OVERWRITE", "TABLE", "IF", "NOT", "EXISTS", "CONCURRENTLY");
  private static final Set<String> JOINS = words("JOIN", "STRAIGHT_JOIN", "APPLY");
  private static final Set<String> JOIN_MODIFIERS = words("INNER", "LEFT", "RIGHT", "FULL", "OUTER", "CROSS", "NATURAL");
  /** Keywords that end a table list; none of them can be an alias. */
  private static final Set<String> CLAUSES =
      words("WHERE", "SET", "VALUES", "VALUE", "GROUP", "ORDER", "HAVING", "LIMIT", "OFFSET", "FETCH", "UNION",
          "INTERSECT", "EXCEPT", "MINUS", "RETURNING", "WINDOW", "FOR", "ON", "USING", "JOIN", "STRAIGHT_JOIN",
          "APPLY", "INNER", "LEFT", "RIGHT", "FULL", "OUTER", "CROSS", "NATURAL", "AS", "SELECT", "FROM", "WITH",
          "WHEN", "THEN", "ELSE", "END", "DEFAULT", "OUTPUT", "PARTITION", "START", "CONNECT", "QUALIFY", "LOCK",
          "INTO", "TABLESAMPLE", "PIVOT", "UNPIVOT", "DO", "OVERRIDING", "CASCADE", "RESTRICT", "ADD", "RENAME",
          "MODIFY", "DROP", "ALTER", "COLUMN", "TO", "BY", "AND", "OR", "NOT", "IN", "IS", "LIKE", "BETWEEN",
          "USE", "FORCE", "IGNORE", "NOLOCK", "KEY");
  /** Keywords after which a join condition is over. */
  private static final Set<String> CONDITION_ENDS =
      words("WHERE", "GROUP", "ORDER", "HAVING", "LIMIT", "OFFSET", "FETCH", "UNION", "INTERSECT", "EXCEPT", "MINUS",
          "RETURNING", "WINDOW", "FOR", "SET", "QUALIFY");

  /** One summary being built; single use. */
  private static final class Reader {
    private static final int MAX_DEPTH = 64;

    private final SqlLexer lexer;
    private final StringBuilder out = new StringBuilder(64);
    private boolean full;
    private final int[] op = new int[MAX_DEPTH];
    private final int[] list = new int[MAX_DEPTH];
    private int depth;
    private boolean statementStart = true;
    private boolean expectNested;
    private boolean withClause;
    private String pendingOp;
    private StringBuilder pendingTarget;
    private int operations;
    private int lastOp;
    private int targets;
    private String firstTarget;

    Reader(String sql, SqlDialect dialect) {
      this.lexer = new SqlLexer(sql, dialect);
    }

    QuerySummary read() {
      for (int token = lexer.next(); token != SqlLexer.END; token = lexer.next()) {
        if (token != SqlLexer.WHITESPACE && token != SqlLexer.COMMENT) {
          accept(token);
        }
      }
      flushPendingOp();
      commitTarget();
      if (out.length() == 0) {
        return new QuerySummary(null, null);
      }
      boolean singleCall = operations == 1 && lastOp == OP_CALL && targets == 1;
      return new QuerySummary(out.toString(), singleCall ? firstTarget : null);
    }

    private void accept(int token) {
      boolean nameLike = token == SqlLexer.WORD || token == SqlLexer.QUOTED_NAME || token == SqlLexer.STRING;
      int state = listState();
      if (state == LIST_AFTER_DOT) {
        if (token == SqlLexer.WORD || token == SqlLexer.QUOTED_NAME) {
          pendingTarget.append('.').append(lexer.text());
          setList(LIST_AFTER_TABLE);
          return;
        }
        setList(LIST_NONE);
      }
      if (token == SqlLexer.PUNCT && lexer.firstChar() == '.' && state == LIST_AFTER_TABLE && pendingTarget != null) {
        setList(LIST_AFTER_DOT);
        return;
      }
      commitTarget();
      if (token == SqlLexer.PUNCT) {
        flushPendingOp();
        punct(lexer.firstChar());
        return;
      }
      if (!nameLike) {
        return; // numbers and placeholders change nothing
      }
      String keyword = token == SqlLexer.WORD ? keyword() : null;
      if (keyword != null && isOperationHere(keyword)) {
        startOperation(keyword, lexer.text());
        return;
      }
      if (keyword != null && SET_OPERATORS.contains(keyword)) {
        expectNested = true;
        setList(LIST_NONE);
        return;
      }
      if ("WITH".equals(keyword) && (statementStart || expectNested)) {
        withClause = true;
        statementStart = false;
        expectNested = false;
        return;
      }
      statementStart = false;
      expectNested = false;
      nameOrKeyword(keyword, token == SqlLexer.STRING && !isPlainQuotedTable() ? null : lexer.text());
    }

    /** semconv's {@code FROM "song list", 'artists'}: a plain quoted string where a table belongs. */
    private boolean isPlainQuotedTable() {
      return listState() == LIST_EXPECT_TABLE && lexer.firstChar() == '\'';
    }

    private String keyword() {
      int length = lexer.end() - lexer.start();
      return length <= 16 ? lexer.text().toUpperCase(Locale.ROOT) : null;
    }

    private boolean isOperationHere(String keyword) {
      if ("SELECT".equals(keyword)) {
        return true;
      }
      if (statementStart) {
        return !"WITH".equals(keyword);
      }
      return expectNested && NESTED_COMMANDS.contains(keyword);
    }

    private void startOperation(String keyword, String written) {
      flushPendingOp();
      operations++;
      int kind = kindOf(keyword);
      lastOp = kind;
      if (depth == 0) {
        withClause = false;
      }
      if (depth < MAX_DEPTH) {
        op[depth] = kind;
        list[depth] = initialList(kind);
      }
      if (kind == OP_DDL) {
        pendingOp = written;
      } else {
        add(written);
      }
      statementStart = false;
      expectNested = "EXPLAIN".equals(keyword);
    }

    private static int kindOf(String keyword) {
      switch (keyword) {
        case "SELECT":
          return OP_SELECT;
        case "INSERT":
        case "REPLACE":
        case "UPSERT":
          return OP_INSERT;
        case "UPDATE":
          return OP_UPDATE;
        case "DELETE":
          return OP_DELETE;
        case "MERGE":
          return OP_MERGE;
        case "CALL":
        case "EXEC":
        case "EXECUTE":
          return OP_CALL;
        case "USE":
          return OP_USE;
        default:
          return DDL.contains(keyword) ? OP_DDL : OP_OTHER;
      }
    }

    private static int initialList(int kind) {
      switch (kind) {
        case OP_INSERT:
        case OP_UPDATE:
        case OP_DELETE:
        case OP_MERGE:
        case OP_CALL:
        case OP_USE:
          return LIST_EXPECT_TABLE;
        case OP_DDL:
          return LIST_DDL_OBJECT;
        default:
          return LIST_NONE;
      }
    }

    private void punct(char c) {
      int state = listState();
      switch (c) {
        case '(':
          if (state == LIST_EXPECT_TABLE) {
            setList(LIST_AFTER_TABLE); // a derived table or table function; an alias may follow
          }
          depth++;
          if (depth < MAX_DEPTH) {
            op[depth] = OP_NONE;
            list[depth] = LIST_NONE;
          }
          expectNested = true;
          statementStart = false;
          return;
        case ')':
          if (depth > 0) {
            depth--;
          }
          expectNested = withClause && depth == 0;
          statementStart = false;
          return;
        case ';':
          depth = 0;
          op[0] = OP_NONE;
          list[0] = LIST_NONE;
          statementStart = true;
          withClause = false;
          expectNested = false;
          return;
        case '{':
          statementStart = depth == 0;
          return;
        case ',':
          expectNested = false;
          if (state == LIST_AFTER_TABLE || state == LIST_AFTER_ALIAS || state == LIST_CONDITION) {
            int kind = depth < MAX_DEPTH ? op[depth] : OP_NONE;
            setList(kind == OP_SELECT || kind == OP_UPDATE || kind == OP_DELETE ? LIST_EXPECT_TABLE : LIST_NONE);
          }
          return;
        default:
          if (state == LIST_EXPECT_TABLE || state == LIST_AFTER_TABLE || state == LIST_AFTER_ALIAS || state == LIST_ALIAS) {
            setList(LIST_NONE);
          }
      }
    }

    /** A word or quoted name inside a statement: maybe a table, an alias, or a clause keyword. */
    private void nameOrKeyword(String keyword, String name) {
      if (depth >= MAX_DEPTH || op[depth] == OP_NONE) {
        return;
      }
      switch (list[depth]) {
        case LIST_DDL_OBJECT:
          if (keyword != null && DDL_MODIFIERS.contains(keyword)) {
            return;
          }
          if (keyword != null && DDL_OBJECTS.contains(keyword)) {
            pendingOp = pendingOp + ' ' + lexer.text();
            if (!"MATERIALIZED".equals(keyword)) {
              flushPendingOp();
              list[depth] = LIST_EXPECT_TABLE;
            }
            return;
          }
          boolean truncate = pendingOp != null && pendingOp.equalsIgnoreCase("TRUNCATE");
          flushPendingOp();
          list[depth] = truncate ? LIST_EXPECT_TABLE : LIST_NONE;
          if (truncate) {
            nameOrKeyword(keyword, name);
          }
          return;
        case LIST_EXPECT_TABLE:
          if (keyword != null && TABLE_SKIP.contains(keyword)) {
            return;
          }
          if (keyword != null && CLAUSES.contains(keyword)) {
            list[depth] = LIST_NONE;
            clauseKeyword(keyword);
            return;
          }
          if (name != null) {
            pendingTarget = new StringBuilder(name);
            list[depth] = LIST_AFTER_TABLE;
          }
          return;
        case LIST_AFTER_TABLE:
        case LIST_AFTER_ALIAS:
          if ("AS".equals(keyword)) {
            list[depth] = LIST_ALIAS;
          } else if (keyword == null || !CLAUSES.contains(keyword)) {
            list[depth] = list[depth] == LIST_AFTER_TABLE ? LIST_AFTER_ALIAS : LIST_NONE;
          } else {
            clauseKeyword(keyword);
          }
          return;
        case LIST_ALIAS:
          list[depth] = LIST_AFTER_ALIAS;
          return;
        case LIST_CONDITION:
          if (keyword != null && (JOINS.contains(keyword) || CONDITION_ENDS.contains(keyword))) {
            clauseKeyword(keyword);
          }
          return;
        default:
          if (keyword != null) {
            clauseKeyword(keyword);
          }
      }
    }

    /** Keywords that open (or close) a list of tables for the operation at this depth. */
    private void clauseKeyword(String keyword) {
      int kind = op[depth];
      if (JOINS.contains(keyword)) {
        list[depth] = LIST_EXPECT_TABLE;
      } else if (JOIN_MODIFIERS.contains(keyword)) {
        list[depth] = list[depth] == LIST_CONDITION ? LIST_AFTER_ALIAS : list[depth];
      } else if ("ON".equals(keyword)) {
        list[depth] = LIST_CONDITION;
      } else if ("USING".equals(keyword)) {
        list[depth] = kind == OP_MERGE || kind == OP_DELETE ? LIST_EXPECT_TABLE : LIST_CONDITION;
      } else if ("FROM".equals(keyword) && (kind == OP_SELECT || kind == OP_UPDATE || kind == OP_DELETE)) {
        list[depth] = LIST_EXPECT_TABLE;
      } else if ("INTO".equals(keyword) && (kind == OP_INSERT || kind == OP_MERGE)) {
        list[depth] = LIST_EXPECT_TABLE;
      } else {
        list[depth] = LIST_NONE;
      }
    }

    private int listState() {
      return depth < MAX_DEPTH ? list[depth] : LIST_NONE;
    }

    private void setList(int state) {
      if (depth < MAX_DEPTH) {
        list[depth] = state;
      }
    }

    private void flushPendingOp() {
      if (pendingOp != null) {
        add(pendingOp);
        pendingOp = null;
      }
    }

    private void commitTarget() {
      if (pendingTarget != null) {
        String target = pendingTarget.toString();
        pendingTarget = null;
        if (add(target)) {
          if (targets++ == 0) {
            firstTarget = target;
          }
        }
      }
    }

    /** Appends one whole part, or nothing ever again once a part does not fit. */
    private boolean add(String part) {
      if (full) {
        return false;
      }
      int needed = out.length() == 0 ? part.length() : part.length() + 1;
      if (out.length() + needed > MAX_LENGTH) {
        full = true;
        return false;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(part);
      return true;
    }
  }
}
