package io.baton.core.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.nameContains;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;

import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Types no instrumentation may touch: our own (and our copies of libraries), generated classes
 * (lambdas, proxies, Byte Buddy's), and JDK internals whose transformation risks the JVM itself.
 * Checked first, by name only.
 */
final class IgnoredTypes {

  private IgnoredTypes() {}

  static ElementMatcher.Junction<TypeDescription> matcher() {
    return nameStartsWith("io.baton.core.")
        .or(nameStartsWith("io.baton.bootstrap."))
        .or(nameStartsWith("io.baton.instrumentation."))
        .or(nameStartsWith("io.baton.shaded."))
        .or(nameStartsWith("io.baton.build."))
        .or(nameStartsWith("net.bytebuddy."))
        .or(nameStartsWith("java.lang.invoke."))
        .or(nameStartsWith("jdk.internal.reflect."))
        .or(nameStartsWith("jdk.internal.misc."))
        .or(nameStartsWith("jdk.internal.loader."))
        .or(nameStartsWith("sun.reflect."))
        .or(nameStartsWith("com.sun.proxy."))
        .or(nameStartsWith("jdk.proxy"))
        .or(nameContains("$$Lambda"))
        .or(nameContains("$ByteBuddy$"))
        .or(nameContains("$$EnhancerBy"))
        .or(nameContains("$HibernateProxy$"))
        .or(isSynthetic());
  }
}
