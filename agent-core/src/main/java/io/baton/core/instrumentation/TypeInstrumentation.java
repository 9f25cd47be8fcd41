package io.baton.core.instrumentation;

import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/** Which types to change and which advice goes on which of their methods. */
public interface TypeInstrumentation {

  /**
   * Runs for every class loaded where the module's marker classes are visible: put cheap name
   * checks before hierarchy checks ({@code nameStartsWith(..).and(hasSuperType(..))}).
   */
  ElementMatcher<TypeDescription> typeMatcher();

  /**
   * What {@link #typeMatcher()} can accept, tested on raw class bytes before Byte Buddy parses
   * anything: it must pass every class the matcher accepts. The default passes all classes, which
   * costs every class the application loads a parse by Byte Buddy.
   */
  default TypeHint hint() {
    return TypeHint.ANY_TYPE;
  }

  void applyAdvice(AdviceApplier applier);
}
