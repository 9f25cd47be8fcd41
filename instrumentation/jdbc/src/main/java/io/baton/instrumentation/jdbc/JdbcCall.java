package io.baton.instrumentation.jdbc;

import io.baton.core.api.CallDepth;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import java.sql.Statement;

/**
 * One traced database call, from the execute advice's entry to its exit. Every entry goes through
 * the shared {@code jdbc} call depth, so only the outermost of nested calls (a pool's proxy calling
 * the driver, a driver calling its own public methods) gets a span; {@link #end} must follow every
 * {@code start*}, even a null one, to leave the depth balanced.
 */
final class JdbcCall {

  private static final CallDepth DEPTH = CallDepth.forKey("jdbc");

  private final Span span;
  private final Scope scope;
  private final String dbSystem;

  private JdbcCall(Span span, String dbSystem) {
    this.span = span;
    this.scope = span.makeCurrent();
    this.dbSystem = dbSystem;
  }

  /** {@code Statement.execute*(sql, ...)}. */
  static JdbcCall startStatement(Statement statement, String sql) {
    if (DEPTH.enter() > 0) {
      return null;
    }
    DbInfo db = ConnectionInfos.of(statement);
    SqlAnalysis analysis = SqlAnalyzer.get().analyze(sql, db.dialect);
    return new JdbcCall(DbSpans.start(db, analysis.summary, analysis.queryText, analysis.storedProcedure, -1), db.system);
  }

  /** {@code PreparedStatement.execute*()} / {@code CallableStatement.execute*()}. */
  static JdbcCall startPrepared(Statement statement) {
    if (DEPTH.enter() > 0) {
      return null;
    }
    DbInfo db = ConnectionInfos.of(statement);
    PreparedSqls.PreparedSql prepared = PreparedSqls.of(statement);
    SqlAnalysis analysis = SqlAnalyzer.get().analyze(prepared == null ? null : prepared.sql, db.dialect);
    return new JdbcCall(
        DbSpans.start(db, analysis.summary, queryText(prepared, analysis), analysis.storedProcedure, -1), db.system);
  }

  /** {@code executeBatch()} / {@code executeLargeBatch()} on either kind of statement. */
  static JdbcCall startBatch(Statement statement) {
    if (DEPTH.enter() > 0) {
      return null;
    }
    DbInfo db = ConnectionInfos.of(statement);
    StatementBatches.Batch batch = StatementBatches.take(statement);
    PreparedSqls.PreparedSql prepared = PreparedSqls.of(statement);
    BatchCall call;
    if (prepared != null) {
      SqlAnalysis analysis = SqlAnalyzer.get().analyze(prepared.sql, db.dialect);
      call = BatchCall.ofParameterSets(analysis, batch.size);
    } else {
      call = BatchCall.ofTexts(batch.texts, batch.size, db.dialect, SqlSanitizer.DEFAULT_MAX_LENGTH);
    }
    return new JdbcCall(
        DbSpans.start(db, call.summary, call.queryText, call.storedProcedure, call.batchSize), db.system);
  }

  static void end(JdbcCall call, Throwable thrown) {
    DEPTH.exit();
    if (call == null) {
      return;
    }
    call.scope.close();
    if (thrown != null) {
      DbErrors.record(call.span, thrown, call.dbSystem);
    }
    call.span.end();
  }

  /**
   * semconv's example for {@code prepareCall("{call some_stored_procedure}")}: the summary is
   * {@code call some_stored_procedure} and {@code db.query.text} is not populated.
   */
  private static String queryText(PreparedSqls.PreparedSql prepared, SqlAnalysis analysis) {
    return prepared != null && prepared.call && analysis.storedProcedure != null ? null : analysis.queryText;
  }
}
