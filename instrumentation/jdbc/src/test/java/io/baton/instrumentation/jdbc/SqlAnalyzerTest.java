package io.baton.instrumentation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.core.config.AgentConfig;
import java.util.Map;
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
  void switchedByTheOpenTelemetryAgentsPropertiesJdbcsOwnFirstDeprecatedNamesIncluded() {
    assertTrue(sanitizes(Map.of()));
    assertFalse(sanitizes(Map.of("otel.instrumentation.common.db.query-sanitization.enabled", "false")));
    assertFalse(sanitizes(Map.of("otel.instrumentation.common.db-statement-sanitizer.enabled", "false")));
    assertFalse(sanitizes(Map.of("otel.instrumentation.jdbc.query-sanitization.enabled", "false")));
    assertFalse(sanitizes(Map.of("otel.instrumentation.jdbc.statement-sanitizer.enabled", "false")));
    assertTrue(sanitizes(Map.of(
        "otel.instrumentation.jdbc.query-sanitization.enabled", "true",
        "otel.instrumentation.common.db.query-sanitization.enabled", "false")));
    assertTrue(sanitizes(Map.of(
        "otel.instrumentation.common.db.query-sanitization.enabled", "true",
        "otel.instrumentation.common.db-statement-sanitizer.enabled", "false")));
    assertFalse(sanitizes(Map.of(
        "otel.instrumentation.jdbc.statement-sanitizer.enabled", "false",
        "otel.instrumentation.common.db.query-sanitization.enabled", "true")));
  }

  private static boolean sanitizes(Map<String, String> properties) {
    return SqlAnalyzer.sanitizationEnabled(AgentConfig.of(properties));
  }
}
