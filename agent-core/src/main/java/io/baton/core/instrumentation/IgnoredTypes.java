package io.baton.core.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.nameContains;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.none;

import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Types no instrumentation may touch: our own (and our copies of libraries), generated classes
 * (lambdas, proxies, Byte Buddy's), and JDK internals whose transformation risks the JVM itself.
 * Checked first, and by name only: anything more (the synthetic flag, say) would make Byte Buddy
 * parse every class the application loads, where instrumentations matched by name never need to.
 */
final class IgnoredTypes {

  private static final String[] PREFIXES = {
    "io.baton.core.", "io.baton.bootstrap.", "io.baton.instrumentation.", "io.baton.shaded.", "io.baton.build.",
    "net.bytebuddy.", "java.lang.invoke.", "jdk.internal.reflect.", "jdk.internal.misc.", "jdk.internal.loader.",
    "sun.reflect.", "com.sun.proxy.", "jdk.proxy",
  };

  private static final String[] PARTS = {"$$Lambda", "$ByteBuddy$", "$$EnhancerBy", "$HibernateProxy$"};

  private IgnoredTypes() {}

  static ElementMatcher.Junction<TypeDescription> matcher() {
    ElementMatcher.Junction<TypeDescription> ignored = none();
    for (String prefix : PREFIXES) {
      ignored = ignored.or(nameStartsWith(prefix));
    }
    for (String part : PARTS) {
      ignored = ignored.or(nameContains(part));
    }
    return ignored;
  }

  /** The same test on a binary name, for {@link HintFilter}, which runs before Byte Buddy. */
  static boolean ignoresName(String name) {
    for (String prefix : PREFIXES) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    for (String part : PARTS) {
      if (name.contains(part)) {
        return true;
      }
    }
    return false;
  }
}
