package io.baton.instrumentation.jdbc;

import java.util.Locale;

/**
 * Reads {@code db.system.name}, {@code db.namespace}, {@code server.address} and
 * {@code server.port} out of a JDBC URL. Only those four values ever leave this class: user
 * names, passwords and every other URL property are never read into an attribute. A port equal to
 * the database's default is dropped (semconv: {@code server.port} only when not the default).
 */
final class JdbcUrlParser {

  private JdbcUrlParser() {}

  static DbInfo parse(String url) {
    if (url == null || !url.regionMatches(true, 0, "jdbc:", 0, 5)) {
      return DbInfo.UNKNOWN;
    }
    try {
      return parseSubprotocol(stripWrappers(url.substring(5)));
    } catch (RuntimeException malformed) {
      return DbInfo.UNKNOWN;
    }
  }

  /** Proxy drivers put their own name in front: {@code jdbc:p6spy:postgresql://...}. */
  private static String stripWrappers(String rest) {
    String[] wrappers = {"p6spy:", "log4jdbc:", "tracing:", "otel:", "aws-wrapper:", "datasource-proxy:"};
    boolean stripped = true;
    while (stripped) {
      stripped = false;
      for (String wrapper : wrappers) {
        if (rest.regionMatches(true, 0, wrapper, 0, wrapper.length())) {
          rest = rest.substring(wrapper.length());
          stripped = true;
        }
      }
    }
    return rest;
  }

  private static DbInfo parseSubprotocol(String rest) {
    int colon = rest.indexOf(':');
    String subprotocol = (colon < 0 ? rest : rest.substring(0, colon)).toLowerCase(Locale.ROOT);
    String body = colon < 0 ? "" : rest.substring(colon + 1);
    switch (subprotocol) {
      case "postgresql":
      case "pgsql":
        return hostBased(DbSystemNames.POSTGRESQL, body, 5432);
      case "mysql":
        return hostBased(DbSystemNames.MYSQL, body, 3306);
      case "mariadb":
        return hostBased(DbSystemNames.MARIADB, body, 3306);
      case "sqlserver":
        return SqlServerUrl.parse(body);
      case "jtds":
        return hostBased(DbSystemNames.MICROSOFT_SQL_SERVER, afterColon(body), 1433);
      case "oracle":
        return OracleUrl.parse(body);
      case "db2":
      case "as400":
        return hostBased(DbSystemNames.IBM_DB2, body, 50000);
      case "h2":
        return embeddedOrServer(DbSystemNames.H2DATABASE, body, 9092, "mem:", "file:", "zip:", "nio:", "split:");
      case "derby":
        return embeddedOrServer(DbSystemNames.DERBY, body, 1527, "memory:", "directory:", "classpath:", "jar:");
      case "hsqldb":
        return embeddedOrServer(DbSystemNames.HSQLDB, body, 9001, "mem:", "file:", "res:");
      case "sqlite":
        return new DbInfo(DbSystemNames.SQLITE, emptyToNull(cutAt(body, "?")), null, -1);
      default:
        return body.contains("//") ? hostBased(DbSystemNames.OTHER_SQL, body, -1) : DbInfo.UNKNOWN;
    }
  }

  /**
   * {@code //[user[:password]@]host[:port][,host2...][/database][?|;props]}; a bare
   * {@code database} (no {@code //}) means the driver's local default host.
   */
  static DbInfo hostBased(String system, String body, int defaultPort) {
    int slashes = body.indexOf("//");
    if (slashes < 0) {
      return new DbInfo(system, emptyToNull(cutAt(body, "?;")), null, -1);
    }
    String afterSlashes = body.substring(slashes + 2);
    int pathStart = indexOfAny(afterSlashes, "/?;", 0);
    String authority = pathStart < 0 ? afterSlashes : afterSlashes.substring(0, pathStart);
    authority = authority.substring(authority.lastIndexOf('@') + 1); // never user:password
    String firstHost = cutAt(authority, ",");
    String namespace = null;
    if (pathStart >= 0 && afterSlashes.charAt(pathStart) == '/') {
      namespace = emptyToNull(cutAt(afterSlashes.substring(pathStart + 1), "?;:&"));
    }
    return withHostPort(system, namespace, firstHost, defaultPort);
  }

  static DbInfo withHostPort(String system, String namespace, String hostPort, int defaultPort) {
    String host = hostPort;
    int port = -1;
    if (hostPort.startsWith("[")) { // IPv6 literal
      int close = hostPort.indexOf(']');
      host = hostPort.substring(1, close);
      if (hostPort.length() > close + 2 && hostPort.charAt(close + 1) == ':') {
        port = parsePort(hostPort.substring(close + 2));
      }
    } else {
      int colon = hostPort.lastIndexOf(':');
      if (colon >= 0) {
        host = hostPort.substring(0, colon);
        port = parsePort(hostPort.substring(colon + 1));
      }
    }
    if (port == defaultPort) {
      port = -1;
    }
    return new DbInfo(system, namespace, emptyToNull(host), port);
  }

  /** H2, Derby, HSQLDB: {@code mem:name} / {@code file:path} / a path, or {@code //host:port/name}. */
  private static DbInfo embeddedOrServer(String system, String body, int defaultPort, String... embeddedPrefixes) {
    String lower = body.toLowerCase(Locale.ROOT);
    for (String scheme : new String[] {"tcp:", "ssl:", "hsql:", "hsqls:", "http:", "https:"}) {
      if (lower.startsWith(scheme + "//")) {
        return hostBased(system, body.substring(scheme.length()), defaultPort);
      }
    }
    if (lower.startsWith("//")) {
      return hostBased(system, body, defaultPort);
    }
    String path = body;
    for (String prefix : embeddedPrefixes) {
      if (lower.startsWith(prefix)) {
        path = body.substring(prefix.length());
        break;
      }
    }
    return new DbInfo(system, emptyToNull(cutAt(path, ";?")), null, -1);
  }

  static String afterColon(String body) {
    int colon = body.indexOf(':');
    return colon < 0 ? body : body.substring(colon + 1);
  }

  static int parsePort(String text) {
    int end = 0;
    while (end < text.length() && end < 6 && Character.isDigit(text.charAt(end))) {
      end++;
    }
    return end == 0 ? -1 : Integer.parseInt(text.substring(0, end));
  }

  static String cutAt(String text, String stopChars) {
    int stop = indexOfAny(text, stopChars, 0);
    return stop < 0 ? text : text.substring(0, stop);
  }

  static int indexOfAny(String text, String chars, int from) {
    for (int i = from; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  static String emptyToNull(String text) {
    return text == null || text.isEmpty() ? null : text;
  }
}
