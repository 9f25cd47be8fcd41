package io.baton.core.instrumentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;
import org.junit.jupiter.api.Test;

/** A hint by name doubles as the instrumentation's Byte Buddy matcher. */
class TypeHintTest {

  @Test
  void nameMatcherAcceptsWhatTheHintPassesByName() {
    TypeHint hint = TypeHint.named("java.lang.Thread")
        .or(TypeHint.namePrefix("java.util.concurrent."))
        .or(TypeHint.nameContaining("Connection"));
    ElementMatcher<TypeDescription> matcher = hint.nameMatcher();

    for (Class<?> type : new Class<?>[] {Thread.class, java.util.concurrent.ForkJoinPool.class,
        java.sql.Connection.class, String.class, Runnable.class}) {
      String name = type.getName();
      assertTrue(hint.passesName(name) == matcher.matches(TypeDescription.ForLoadedType.of(type)), name);
    }
    assertFalse(matcher.matches(TypeDescription.ForLoadedType.of(String.class)));
  }

  @Test
  void narrowingSurvivesOnlyWhenBothSidesAreNarrowed() {
    TypeHint narrowed = TypeHint.subTypeOf("java.lang.Runnable").whenMentioning("(Ljava/lang/Runnable;)V");
    TypeHint otherNarrowed = TypeHint.subTypeOf("java.util.concurrent.Executor").whenMentioning("execute");

    assertEquals(List.of("(Ljava/lang/Runnable;)V", "execute"), narrowed.or(otherNarrowed).superTypeMentions);
    assertEquals(List.of("(Ljava/lang/Runnable;)V"), narrowed.or(TypeHint.named("java.lang.Thread")).superTypeMentions,
        "a hint by name tests no supertypes");
    assertEquals(List.of(), narrowed.or(TypeHint.subTypeOf("java.util.concurrent.Executor")).superTypeMentions,
        "an Executor must be walked whatever it mentions");
    assertThrows(IllegalStateException.class, () -> TypeHint.named("java.lang.Thread").whenMentioning("run"));
  }

  @Test
  void hintThatNeedsMoreThanNamesHasNoNameMatcher() {
    assertThrows(IllegalStateException.class, () -> TypeHint.subTypeOf("java.lang.Runnable").nameMatcher());
    assertThrows(IllegalStateException.class, () -> TypeHint.ANY_TYPE.nameMatcher());
  }
}
