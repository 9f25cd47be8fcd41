package io.baton.instrumentation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.semconv.incubating.DbIncubatingAttributes.DbSystemNameIncubatingValues;
import org.junit.jupiter.api.Test;

/** Our copies of the still-incubating db.system.name values match semconv 1.37.0's. */
class DbSystemNamesTest {

  @Test
  void matchTheIncubatingLibrary() {
    assertEquals(DbSystemNameIncubatingValues.H2DATABASE, DbSystemNames.H2DATABASE);
    assertEquals(DbSystemNameIncubatingValues.ORACLE_DB, DbSystemNames.ORACLE_DB);
    assertEquals(DbSystemNameIncubatingValues.IBM_DB2, DbSystemNames.IBM_DB2);
    assertEquals(DbSystemNameIncubatingValues.DERBY, DbSystemNames.DERBY);
    assertEquals(DbSystemNameIncubatingValues.HSQLDB, DbSystemNames.HSQLDB);
    assertEquals(DbSystemNameIncubatingValues.SQLITE, DbSystemNames.SQLITE);
    assertEquals(DbSystemNameIncubatingValues.OTHER_SQL, DbSystemNames.OTHER_SQL);
  }
}
