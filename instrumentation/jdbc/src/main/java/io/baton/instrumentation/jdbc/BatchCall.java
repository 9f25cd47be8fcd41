package io.baton.instrumentation.jdbc;

import java.util.List;

/**
 * What a batch looks like on its span (semconv): two or more operations are a batch, with
 * {@code db.operation.batch.size}, the summary prefixed by {@code BATCH } when every operation has
 * the same one (else just {@code BATCH}), and the query text shared, or the texts joined by
 * {@code "; "}. One operation is modeled as that single operation; an empty batch is a batch of 0.
 */
final class BatchCall {

  final String summary;
  final String queryText;
  final String storedProcedure;
  /** -1: not a batch. */
  final long batchSize;

  private BatchCall(String summary, String queryText, String storedProcedure, long batchSize) {
    this.summary = summary;
    this.queryText = queryText;
    this.storedProcedure = storedProcedure;
    this.batchSize = batchSize;
  }

  /** {@code PreparedStatement}: one text, {@code size} parameter sets. */
  static BatchCall ofParameterSets(SqlAnalysis prepared, int size) {
    if (size == 1) {
      return new BatchCall(prepared.summary, prepared.queryText, prepared.storedProcedure, -1);
    }
    String summary = prepared.summary == null ? "BATCH" : "BATCH " + prepared.summary;
    return new BatchCall(summary, prepared.queryText, prepared.storedProcedure, size);
  }

  /** {@code Statement}: {@code size} texts, of which the first {@code texts} were kept. */
  static BatchCall ofTexts(List<String> texts, int size, SqlDialect dialect, int maxTextLength) {
    if (size == 0 || texts.isEmpty()) {
      return new BatchCall("BATCH", null, null, 0);
    }
    SqlAnalyzer analyzer = SqlAnalyzer.get();
    SqlAnalysis first = analyzer.analyze(texts.get(0), dialect);
    if (size == 1) {
      return new BatchCall(first.summary, first.queryText, first.storedProcedure, -1);
    }
    boolean sameSummary = first.summary != null && texts.size() == size;
    boolean sameText = first.queryText != null && texts.size() == size;
    boolean sameProcedure = first.storedProcedure != null && texts.size() == size;
    StringBuilder joined = new StringBuilder();
    for (String text : texts) {
      SqlAnalysis analysis = analyzer.analyze(text, dialect);
      sameSummary &= first.summary != null && first.summary.equals(analysis.summary);
      sameText &= first.queryText != null && first.queryText.equals(analysis.queryText);
      sameProcedure &= first.storedProcedure != null && first.storedProcedure.equals(analysis.storedProcedure);
      if (analysis.queryText != null && joined.length() < maxTextLength) {
        joined.append(joined.length() == 0 ? "" : "; ").append(analysis.queryText);
      }
    }
    String queryText = sameText ? first.queryText : joined.length() <= maxTextLength ? joined.toString() : joined.substring(0, maxTextLength);
    return new BatchCall(
        sameSummary ? "BATCH " + first.summary : "BATCH", queryText, sameProcedure ? first.storedProcedure : null, size);
  }
}
