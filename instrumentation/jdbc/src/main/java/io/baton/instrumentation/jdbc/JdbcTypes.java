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
 * {@code java.sql.*} is visible to every loader. So the class NAME is checked first (a substring
 * test on a string Byte Buddy already has): drivers, pools and wrappers name their classes after
 * the interface ({@code PgPreparedStatement}, {@code HikariProxyConnection}, {@code
 * SQLServerDriver}...). Only the few that pass pay for the hierarchy walk, which parses super
 * types. Db2's driver obfuscates its class names, so its package is let through whole.
 *
 * <p>Missed on purpose: implementations named otherwise (SQLite's driver class {@code
 * org.sqlite.JDBC} — its connections still get their URL from {@code getMetaData()}) and JDK
 * dynamic proxies (never instrumented; the driver underneath is).
 */
final class JdbcTypes {

  private JdbcTypes() {}

  static ElementMatcher.Junction<TypeDescription> implementing(String nameHint, String jdbcInterface) {
    return hint(nameHint).nameMatcher()
        .and(not(isInterface()))
        .and(hasSuperType(named(jdbcInterface)));
  }

  /** The name part of {@link #implementing}, also the agent's check before Byte Buddy. */
  static TypeHint hint(String nameHint) {
    return TypeHint.nameContaining(nameHint).or(TypeHint.namePrefix("com.ibm.db2.jcc."));
  }
}
