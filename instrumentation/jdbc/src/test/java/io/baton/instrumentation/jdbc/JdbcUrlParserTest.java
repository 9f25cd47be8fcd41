package io.baton.instrumentation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JdbcUrlParserTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiterString = "~~", nullValues = "-", value = {
    "jdbc:postgresql://db.example.com:5432/shop?user=u&password=secret ~~ postgresql ~~ shop ~~ db.example.com ~~ -1",
    "jdbc:postgresql://u:secret@db1:5433,db2:5434/shop ~~ postgresql ~~ shop ~~ db1 ~~ 5433",
    "jdbc:postgresql:shop ~~ postgresql ~~ shop ~~ - ~~ -1",
    "jdbc:p6spy:postgresql://[::1]:6543/shop ~~ postgresql ~~ shop ~~ ::1 ~~ 6543",
    "jdbc:mysql://root:secret@localhost/app?password=secret ~~ mysql ~~ app ~~ localhost ~~ -1",
    "jdbc:mysql:loadbalance://h1:3307,h2/app ~~ mysql ~~ app ~~ h1 ~~ 3307",
    "jdbc:mariadb://maria:3306/app ~~ mariadb ~~ app ~~ maria ~~ -1",
    "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1 ~~ h2database ~~ test ~~ - ~~ -1",
    "jdbc:h2:file:/data/app;PASSWORD=secret ~~ h2database ~~ /data/app ~~ - ~~ -1",
    "jdbc:h2:tcp://h2host:9093/~/app ~~ h2database ~~ ~/app ~~ h2host ~~ 9093",
    "jdbc:oracle:thin:scott/secret@orahost:1521:ORCL ~~ oracle.db ~~ ORCL ~~ orahost ~~ -1",
    "jdbc:oracle:thin:@//orahost:1522/service.example ~~ oracle.db ~~ service.example ~~ orahost ~~ 1522",
    "jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=tns)(PORT=1523))(CONNECT_DATA=(SERVICE_NAME=svc))) ~~ oracle.db ~~ svc ~~ tns ~~ 1523",
    "jdbc:sqlserver://mss\\inst1:1433;databaseName=sales;password=secret ~~ microsoft.sql_server ~~ inst1|sales ~~ mss ~~ -1",
    "jdbc:sqlserver://mss:1434;database=sales ~~ microsoft.sql_server ~~ sales ~~ mss ~~ 1434",
    "jdbc:db2://db2host:50000/SAMPLE:user=u;password=secret; ~~ ibm.db2 ~~ SAMPLE ~~ db2host ~~ -1",
    "jdbc:derby:memory:demo;create=true ~~ derby ~~ demo ~~ - ~~ -1",
    "jdbc:derby://derbyhost:1528/demo;password=secret ~~ derby ~~ demo ~~ derbyhost ~~ 1528",
    "jdbc:hsqldb:mem:hs ~~ hsqldb ~~ hs ~~ - ~~ -1",
    "jdbc:hsqldb:hsql://hshost:9001/hs ~~ hsqldb ~~ hs ~~ hshost ~~ -1",
    "jdbc:sqlite:/tmp/app.db ~~ sqlite ~~ /tmp/app.db ~~ - ~~ -1",
    "jdbc:snowflake://acct.snowflakecomputing.com:444/?password=secret ~~ other_sql ~~ - ~~ acct.snowflakecomputing.com ~~ 444",
    "jdbc:unknown:whatever ~~ other_sql ~~ - ~~ - ~~ -1",
    "not a url ~~ other_sql ~~ - ~~ - ~~ -1",
  })
  void readsSystemNamespaceAndServer(String url, String system, String namespace, String address, int port) {
    DbInfo info = JdbcUrlParser.parse(url);
    assertEquals(system, info.system);
    assertEquals(namespace, info.namespace);
    assertEquals(address, info.address);
    assertEquals(port, info.port);
    assertFalse(String.valueOf(info).contains("secret"), info::toString);
  }
}
