package io.baton.instrumentation.jdbc;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link DbInfo} of each connection, parsed once from its URL. The URL comes from
 * {@code Driver.connect} when we saw it, otherwise from the connection itself: a pool's proxy is
 * unwrapped to the driver's connection, and as a last resort {@code getMetaData().getURL()} is
 * asked once (drivers answer it from memory). Callers hold the JDBC call-depth guard, so any SQL
 * a driver might run for that is never traced.
 */
final class ConnectionInfos {

  private static final WeakIdentityMap<Connection, DbInfo> INFOS = new WeakIdentityMap<>();

  /**
   * Parsed URLs. Some pools (H2's) hand out a new connection object per checkout, so the
   * per-connection map misses on every query; the benchmark's CPU profile showed the URL parsed on
   * each one. An application has a handful of URLs: past {@value #MAX_URLS}, parse without caching.
   */
  private static final ConcurrentHashMap<String, DbInfo> BY_URL = new ConcurrentHashMap<>();

  static final int MAX_URLS = 64;

  private ConnectionInfos() {}

  static void connected(Object connection, String url) {
    if (connection instanceof Connection) {
      INFOS.put((Connection) connection, parse(url));
    }
  }

  static DbInfo of(Statement statement) {
    Connection connection;
    try {
      connection = statement.getConnection();
    } catch (Exception | LinkageError closedOrOld) {
      return DbInfo.UNKNOWN;
    }
    if (connection == null) {
      return DbInfo.UNKNOWN;
    }
    DbInfo info = INFOS.get(connection);
    if (info == null) {
      info = lookUp(connection);
      INFOS.put(connection, info);
    }
    return info;
  }

  static void forget(Connection connection) {
    INFOS.remove(connection);
  }

  /** Whether this connection's info is held: for tests. */
  static boolean holds(Connection connection) {
    return INFOS.get(connection) != null;
  }

  private static DbInfo lookUp(Connection connection) {
    Connection inner = unwrap(connection);
    if (inner != connection) {
      DbInfo known = INFOS.get(inner);
      if (known != null) {
        return known;
      }
    }
    DbInfo info;
    try {
      info = parse(inner.getMetaData().getURL());
    } catch (Exception | LinkageError notAvailable) {
      info = DbInfo.UNKNOWN;
    }
    if (inner != connection) {
      INFOS.put(inner, info);
    }
    return info;
  }

  static DbInfo parse(String url) {
    if (url == null) {
      return JdbcUrlParser.parse(null);
    }
    DbInfo info = BY_URL.get(url);
    if (info == null) {
      info = JdbcUrlParser.parse(url);
      if (BY_URL.size() < MAX_URLS) {
        BY_URL.putIfAbsent(url, info);
      }
    }
    return info;
  }

  private static Connection unwrap(Connection connection) {
    try {
      if (connection.isWrapperFor(Connection.class)) {
        Connection inner = connection.unwrap(Connection.class);
        return inner == null ? connection : inner;
      }
    } catch (Exception | LinkageError notSupported) {
      // pre-JDBC 4 drivers
    }
    return connection;
  }
}
