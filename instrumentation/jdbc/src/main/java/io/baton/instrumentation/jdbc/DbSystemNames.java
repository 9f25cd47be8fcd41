package io.baton.instrumentation.jdbc;

import io.opentelemetry.semconv.DbAttributes.DbSystemNameValues;

/**
 * {@code db.system.name} values (semconv 1.37.0). The stable ones come from the stable constants
 * library; the rest are still "development" in the registry, live only in the incubating library
 * (not shipped in the agent jar), and are copied here — a test compares them with it.
 */
final class DbSystemNames {

  static final String POSTGRESQL = DbSystemNameValues.POSTGRESQL;
  static final String MYSQL = DbSystemNameValues.MYSQL;
  static final String MARIADB = DbSystemNameValues.MARIADB;
  static final String MICROSOFT_SQL_SERVER = DbSystemNameValues.MICROSOFT_SQL_SERVER;

  static final String H2DATABASE = "h2database";
  static final String ORACLE_DB = "oracle.db";
  static final String IBM_DB2 = "ibm.db2";
  static final String DERBY = "derby";
  static final String HSQLDB = "hsqldb";
  static final String SQLITE = "sqlite";
  static final String OTHER_SQL = "other_sql";

  private DbSystemNames() {}
}
