package io.baton.instrumentation.jdbc;

/** What a connection tells every span it serves: the database and where it runs. */
final class DbInfo {

  static final DbInfo UNKNOWN = new DbInfo(DbSystemNames.OTHER_SQL, null, null, -1);

  final String system;
  /** {@code db.namespace}, null when the URL names no database. */
  final String namespace;
  /** {@code server.address}, null for embedded databases. */
  final String address;
  /** {@code server.port}, -1 when it is the database's default port (semconv: set it only then). */
  final int port;
  final SqlDialect dialect;

  DbInfo(String system, String namespace, String address, int port) {
    this.system = system;
    this.namespace = namespace;
    this.address = address;
    this.port = address == null ? -1 : port;
    this.dialect = SqlDialect.forSystem(system);
  }

  @Override
  public String toString() {
    return system + " " + namespace + " " + address + ":" + port;
  }
}
