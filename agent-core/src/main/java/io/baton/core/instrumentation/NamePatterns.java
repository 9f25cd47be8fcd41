package io.baton.core.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.nameContains;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.none;

import java.util.List;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * A class-name test by prefixes and name parts, written once for both places it runs: on raw
 * binary names in {@link HintFilter}, before Byte Buddy, and as Byte Buddy's own matcher.
 */
final class NamePatterns {

  private NamePatterns() {}

  static boolean matches(String name, List<String> prefixes, List<String> parts) {
    for (String prefix : prefixes) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    for (String part : parts) {
      if (name.contains(part)) {
        return true;
      }
    }
    return false;
  }

  static ElementMatcher.Junction<TypeDescription> matcher(List<String> prefixes, List<String> parts) {
    ElementMatcher.Junction<TypeDescription> matcher = none();
    for (String prefix : prefixes) {
      matcher = matcher.or(nameStartsWith(prefix));
    }
    for (String part : parts) {
      matcher = matcher.or(nameContains(part));
    }
    return matcher;
  }
}
