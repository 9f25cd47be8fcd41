package io.baton.instrumentation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SqlAnalyzerTest {

  @Test
  void sanitizesByDefault() {
    SqlAnalysis analysis = new SqlAnalyzer(true, 1000).analyze("SELECT * FROM t WHERE a = 'x'", SqlDialect.STANDARD);
    assertEquals("SELECT * FROM t WHERE a = ?", analysis.queryText);
    assertEquals("SELECT t", analysis.summary);
  }

  @Test
  void sanitizationCanBeSwitchedOff() {
    SqlAnalysis analysis = new SqlAnalyzer(false, 1000).analyze("SELECT * FROM t WHERE a = 'x'", SqlDialect.STANDARD);
    assertEquals("SELECT * FROM t WHERE a = 'x'", analysis.queryText);
    assertEquals("SELECT t", analysis.summary);
  }

  @Test
  void theSwitchIsTheCommonOpenTelemetryProperty() {
    assertEquals("otel.instrumentation.common.db.query-sanitization.enabled", SqlAnalyzer.SANITIZATION_PROPERTY);
  }
}
