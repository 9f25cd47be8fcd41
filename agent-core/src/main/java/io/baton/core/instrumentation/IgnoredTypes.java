package io.baton.core.instrumentation;

import java.util.List;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Types no instrumentation may touch: our own (and our copies of libraries), generated classes
 * (lambdas, proxies, Byte Buddy's), and JDK internals whose transformation risks the JVM itself.
 * Checked first, and by name only: anything more (the synthetic flag, say) would make Byte Buddy
 * parse every class the application loads, where instrumentations matched by name never need to.
 */
final class IgnoredTypes {

  private static final List<String> PREFIXES = List.of(
      "io.baton.core.", "io.baton.bootstrap.", "io.baton.instrumentation.", "io.baton.shaded.", "io.baton.build.",
      "net.bytebuddy.", "java.lang.invoke.", "jdk.internal.reflect.", "jdk.internal.misc.", "jdk.internal.loader.",
      "sun.reflect.", "com.sun.proxy.", "jdk.proxy");

  private static final List<String> PARTS = List.of("$$Lambda", "$ByteBuddy$", "$$EnhancerBy", "$HibernateProxy$");

  private IgnoredTypes() {}

  static ElementMatcher.Junction<TypeDescription> matcher() {
    return NamePatterns.matcher(PREFIXES, PARTS);
  }

  /** The same test on a binary name, for {@link HintFilter}, which runs before Byte Buddy. */
  static boolean ignoresName(String name) {
    return NamePatterns.matches(name, PREFIXES, PARTS);
  }
}
