package io.baton.core.instrumentation;

import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Binds advice classes to methods. Advice methods are {@code public static}, annotated with
 * {@code @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)} /
 * {@code @Advice.OnMethodExit(inline = false, suppress = Throwable.class)} (an advice that does
 * not suppress every throwable is refused), and are called through invokedynamic; their
 * parameter and return types may be library types or agent types alike. Call sites see those
 * types as {@code Object}, so a value the advice assigns back
 * ({@code @Advice.AssignReturned.ToArguments}, {@code .ToReturned}) must say
 * {@code typing = Assigner.Typing.DYNAMIC}.
 */
public interface AdviceApplier {

  void applyAdvice(ElementMatcher<? super MethodDescription> methods, String adviceClassName);
}
