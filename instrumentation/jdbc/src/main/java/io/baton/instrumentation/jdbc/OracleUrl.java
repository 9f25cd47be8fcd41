package io.baton.instrumentation.jdbc;

import java.util.Locale;

/**
 * {@code jdbc:oracle:thin:[user/password]@host:port:SID}, {@code @//host:port/service},
 * {@code @host:port/service} or a TNS descriptor {@code @(DESCRIPTION=...)}. Everything before the
 * {@code @} (credentials) is skipped; the namespace is the service name or SID.
 */
final class OracleUrl {

  private static final int DEFAULT_PORT = 1521;

  private OracleUrl() {}

  static DbInfo parse(String body) {
    int descriptor = body.indexOf("@(");
    if (descriptor >= 0) {
      String tns = body.substring(descriptor + 1);
      String service = tnsValue(tns, "SERVICE_NAME");
      String namespace = service != null ? service : tnsValue(tns, "SID");
      String host = tnsValue(tns, "HOST");
      String port = tnsValue(tns, "PORT");
      int portNumber = port == null ? -1 : JdbcUrlParser.parsePort(port);
      return new DbInfo(DbSystemNames.ORACLE_DB, namespace, host, portNumber == DEFAULT_PORT ? -1 : portNumber);
    }
    int at = body.lastIndexOf('@');
    if (at < 0) {
      return new DbInfo(DbSystemNames.ORACLE_DB, null, null, -1);
    }
    String target = body.substring(at + 1);
    if (target.startsWith("//")) {
      target = target.substring(2);
    }
    int slash = target.indexOf('/');
    String hostPort;
    String namespace;
    if (slash >= 0) {
      hostPort = target.substring(0, slash);
      namespace = JdbcUrlParser.cutAt(target.substring(slash + 1), "?:");
    } else {
      // host:port:SID
      int last = target.lastIndexOf(':');
      int first = target.indexOf(':');
      hostPort = first == last ? target : target.substring(0, last);
      namespace = first == last ? null : target.substring(last + 1);
    }
    return JdbcUrlParser.withHostPort(
        DbSystemNames.ORACLE_DB, JdbcUrlParser.emptyToNull(namespace), hostPort, DEFAULT_PORT);
  }

  private static String tnsValue(String tns, String key) {
    String upper = tns.toUpperCase(Locale.ROOT);
    int at = upper.indexOf("(" + key);
    if (at < 0) {
      return null;
    }
    int equals = tns.indexOf('=', at);
    int close = tns.indexOf(')', equals);
    return equals < 0 || close < 0 ? null : JdbcUrlParser.emptyToNull(tns.substring(equals + 1, close).trim());
  }
}
