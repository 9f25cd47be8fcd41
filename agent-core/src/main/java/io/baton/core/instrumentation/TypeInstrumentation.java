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

  void applyAdvice(AdviceApplier applier);
}
