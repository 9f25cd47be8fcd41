package io.baton.core.instrumentation;

import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/** Which types to change and which advice goes on which of their methods. */
public interface TypeInstrumentation {

  /**
   * Runs for every class {@link #hint()} lets through where the module's marker classes are
   * visible: put cheap name checks before hierarchy checks
   * ({@code nameStartsWith(..).and(hasSuperType(..))}). By default the matcher of a hint by name.
   */
  default ElementMatcher<TypeDescription> typeMatcher() {
    return hint().nameMatcher();
  }

  /**
   * What {@link #typeMatcher()} can accept, tested on raw class bytes before Byte Buddy parses
   * anything: it must pass every class the matcher accepts. {@link TypeHint#ANY_TYPE} passes all
   * classes, which costs every class the application loads a parse by Byte Buddy.
   */
  TypeHint hint();

  void applyAdvice(AdviceApplier applier);
}
