package io.baton.instrumentation.jdbc;

import io.baton.core.config.AgentConfig;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sanitizes and summarizes SQL texts, remembering recent results: applications run the same few
 * hundred statements over and over, so the lexing is paid once per distinct text. The memory is
 * bounded (entry count and text length) and simply forgotten when full.
 *
 * <p>{@code otel.instrumentation.common.db.query-sanitization.enabled=false} exports the text as
 * written, literals included: a documented risk the operator takes (passwords, personal data in
 * literals end up in traces).
 */
final class SqlAnalyzer {

  /**
   * The OpenTelemetry agent's switches, the first one set deciding: JDBC's own over the common
   * one, each under its current name and then its deprecated one, which that agent still honours
   * (its users' configurations are full of {@code db-statement-sanitizer}).
   */
  static final List<String> SANITIZATION_PROPERTIES = List.of(
      "otel.instrumentation.jdbc.query-sanitization.enabled",
      "otel.instrumentation.jdbc.statement-sanitizer.enabled",
      "otel.instrumentation.common.db.query-sanitization.enabled",
      "otel.instrumentation.common.db-statement-sanitizer.enabled");

  private static final int MAX_CACHED_ENTRIES = 512;
  private static final int MAX_CACHED_TEXT = 4096;

  private static final SqlAnalyzer INSTANCE =
      new SqlAnalyzer(sanitizationEnabled(AgentConfig.get()), SqlSanitizer.DEFAULT_MAX_LENGTH);

  private final boolean sanitize;
  private final int maxTextLength;
  private final SqlSanitizer sanitizer;
  @SuppressWarnings("unchecked")
  private final ConcurrentHashMap<String, SqlAnalysis>[] cache = new ConcurrentHashMap[SqlDialect.COUNT];

  SqlAnalyzer(boolean sanitize, int maxTextLength) {
    this.sanitize = sanitize;
    this.maxTextLength = maxTextLength;
    this.sanitizer = new SqlSanitizer(maxTextLength);
    for (int i = 0; i < cache.length; i++) {
      cache[i] = new ConcurrentHashMap<>();
    }
  }

  static boolean sanitizationEnabled(AgentConfig config) {
    for (String property : SANITIZATION_PROPERTIES) {
      if (config.getString(property, null) != null) {
        return config.getBoolean(property, true);
      }
    }
    return true;
  }

  static SqlAnalyzer get() {
    return INSTANCE;
  }

  SqlAnalysis analyze(String sql, SqlDialect dialect) {
    if (sql == null) {
      return new SqlAnalysis(null, null, null);
    }
    if (sql.length() > MAX_CACHED_TEXT) {
      return compute(sql, dialect);
    }
    ConcurrentHashMap<String, SqlAnalysis> known = cache[dialect.id];
    SqlAnalysis analysis = known.get(sql);
    if (analysis == null) {
      analysis = compute(sql, dialect);
      if (known.size() >= MAX_CACHED_ENTRIES) {
        known.clear();
      }
      known.put(sql, analysis);
    }
    return analysis;
  }

  private SqlAnalysis compute(String sql, SqlDialect dialect) {
    QuerySummary summary = QuerySummary.of(sql, dialect);
    String text;
    if (sanitize) {
      text = sanitizer.sanitize(sql, dialect);
    } else {
      text = sql.length() <= maxTextLength ? sql : sql.substring(0, maxTextLength);
    }
    return new SqlAnalysis(text, summary.text(), summary.storedProcedure());
  }
}
