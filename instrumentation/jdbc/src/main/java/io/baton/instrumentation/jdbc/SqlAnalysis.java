package io.baton.instrumentation.jdbc;

/** What one SQL text contributes to a span: the text to export, its summary, its procedure. */
final class SqlAnalysis {

  /** Sanitized (or as written when it holds no literal); null when it must not be exported. */
  final String queryText;
  /** {@code db.query.summary}; null when the text names no operation. */
  final String summary;
  /** {@code db.stored_procedure.name} for a single procedure call, else null. */
  final String storedProcedure;

  SqlAnalysis(String queryText, String summary, String storedProcedure) {
    this.queryText = queryText;
    this.summary = summary;
    this.storedProcedure = storedProcedure;
  }
}
