package io.baton.instrumentation.jdbc;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.semconv.DbAttributes;
import io.opentelemetry.semconv.ErrorAttributes;
import java.sql.SQLException;

/**
 * A failed call on its span, as semconv's database conventions ask: status ERROR, the exception
 * as an event, {@code db.response.status_code} and {@code error.type}.
 *
 * <p>How {@code error.type} is populated (semconv asks instrumentations to document it): the
 * {@code db.response.status_code} when the exception is a {@link SQLException} carrying one,
 * otherwise the exception's class name. The status code is the most specific code available
 * (semconv sql.md): the vendor error code for databases whose codes are finer than SQLSTATE
 * (MySQL, MariaDB, SQL Server, Oracle as {@code ORA-nnnnn}, Db2, SQLite), the SQLSTATE for the
 * others (PostgreSQL, H2, ...), each falling back to the other when missing.
 */
final class DbErrors {

  private DbErrors() {}

  static void record(Span span, Throwable thrown, String dbSystem) {
    String code = thrown instanceof SQLException ? statusCode((SQLException) thrown, dbSystem) : null;
    if (code != null) {
      span.setAttribute(DbAttributes.DB_RESPONSE_STATUS_CODE, code);
    }
    span.setAttribute(ErrorAttributes.ERROR_TYPE, code != null ? code : thrown.getClass().getName());
    span.recordException(thrown);
    span.setStatus(StatusCode.ERROR);
  }

  static String statusCode(SQLException error, String dbSystem) {
    String sqlState = error.getSQLState();
    int vendorCode = error.getErrorCode();
    String vendor = vendorCode == 0 ? null : vendorCode(vendorCode, dbSystem);
    if (prefersVendorCode(dbSystem)) {
      return vendor != null ? vendor : emptyToNull(sqlState);
    }
    return emptyToNull(sqlState) != null ? sqlState : vendor;
  }

  private static boolean prefersVendorCode(String dbSystem) {
    switch (dbSystem) {
      case DbSystemNames.MYSQL:
      case DbSystemNames.MARIADB:
      case DbSystemNames.MICROSOFT_SQL_SERVER:
      case DbSystemNames.ORACLE_DB:
      case DbSystemNames.IBM_DB2:
      case DbSystemNames.SQLITE:
        return true;
      default:
        return false;
    }
  }

  private static String vendorCode(int code, String dbSystem) {
    if (DbSystemNames.ORACLE_DB.equals(dbSystem)) {
      String digits = Integer.toString(Math.abs(code));
      return "ORA-" + "00000".substring(Math.min(5, digits.length())) + digits;
    }
    return Integer.toString(code);
  }

  private static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}
