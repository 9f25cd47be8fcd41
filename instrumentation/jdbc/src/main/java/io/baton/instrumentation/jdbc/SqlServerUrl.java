package io.baton.instrumentation.jdbc;

import java.util.Locale;

/**
 * {@code jdbc:sqlserver://host[\instance][:port];databaseName=db;...}. semconv (sql-server.md):
 * {@code db.namespace} is the database qualified by the instance name, {@code instance|db}.
 */
final class SqlServerUrl {

  private static final int DEFAULT_PORT = 1433;

  private SqlServerUrl() {}

  static DbInfo parse(String body) {
    String rest = body.startsWith("//") ? body.substring(2) : body;
    String[] parts = rest.split(";");
    String hostPart = parts[0];
    String host = hostPart;
    String instance = null;
    int port = -1;
    int colon = hostPart.lastIndexOf(':');
    if (colon >= 0) {
      port = JdbcUrlParser.parsePort(hostPart.substring(colon + 1));
      host = hostPart.substring(0, colon);
    }
    int backslash = host.indexOf('\\');
    if (backslash >= 0) {
      instance = host.substring(backslash + 1);
      host = host.substring(0, backslash);
    }
    String database = null;
    for (int i = 1; i < parts.length; i++) {
      int equals = parts[i].indexOf('=');
      if (equals < 0) {
        continue;
      }
      String key = parts[i].substring(0, equals).trim().toLowerCase(Locale.ROOT);
      String value = parts[i].substring(equals + 1).trim();
      switch (key) {
        case "databasename":
        case "database":
          database = value;
          break;
        case "instancename":
          instance = value;
          break;
        case "servername":
          if (host.isEmpty()) {
            host = value;
          }
          break;
        case "portnumber":
        case "port":
          port = JdbcUrlParser.parsePort(value);
          break;
        default:
          break; // user, password and everything else are never read
      }
    }
    String namespace = database == null ? null : instance == null ? database : instance + "|" + database;
    return new DbInfo(
        DbSystemNames.MICROSOFT_SQL_SERVER, namespace, JdbcUrlParser.emptyToNull(host), port == DEFAULT_PORT ? -1 : port);
  }
}
