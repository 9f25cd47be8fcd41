package io.baton.instrumentation.jdbc;

import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.not;

import io.baton.core.instrumentation.TypeHint;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Which classes are JDBC implementations, decided cheaply. There is no useful class-loader gate:
 * {@code java.sql.*} is visible to every loader. So the matcher checks the class NAME first (a
 * substring test on a string Byte Buddy already has): drivers, pools and wrappers name their
 * classes after the interface ({@code PgPreparedStatement}, {@code HikariProxyConnection}, {@code
 * SQLServerDriver}...). Only the few that pass pay for the hierarchy walk, which parses super
 * types. Db2's driver obfuscates its class names, so its package is let through whole.
 *
 * <p>The hint, checked on every class before Byte Buddy sees it, is the other half: a class that
 * declares a JDBC method has {@code java/sql/} among its constants (a parameter or return type,
 * or the {@code SQLException} it throws), and only those get the supertype test. A hint by name
 * let through every {@code *Connection*} and {@code *Driver*} class of an application: in the
 * benchmark app about forty classes of Kafka, the XML parser and the JDK's HttpClient, a dozen of
 * them on the threads serving the first request, each parsed and walked up by Byte Buddy for nothing.
 *
 * <p>Missed on purpose: implementations named otherwise (SQLite's driver class {@code
 * org.sqlite.JDBC} — its connections still get their URL from {@code getMetaData()}) and JDK
 * dynamic proxies (never instrumented; the driver underneath is).
 */
final class JdbcTypes {

  private JdbcTypes() {}

  static ElementMatcher.Junction<TypeDescription> implementing(String nameHint, String jdbcInterface) {
    return TypeHint.nameContaining(nameHint).or(TypeHint.namePrefix("com.ibm.db2.jcc.")).nameMatcher()
        .and(not(isInterface()))
        .and(hasSuperType(named(jdbcInterface)));
  }

  /** What {@link #implementing} accepts passes this: the agent's check before Byte Buddy. */
  static TypeHint hint(String jdbcInterface) {
    return TypeHint.subTypeOf(jdbcInterface).whenMentioning("java/sql/");
  }
}
