package io.baton.instrumentation.executors;

import static net.bytebuddy.matcher.ElementMatchers.named;

import io.baton.core.instrumentation.AdviceApplier;
import io.baton.core.instrumentation.TypeHint;
import io.baton.core.instrumentation.TypeInstrumentation;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * One JDK class, matched by its exact name (no hierarchy walk: subclasses reach the JDK methods
 * through {@code super}), and its advice bindings.
 */
final class JdkTypeInstrumentation implements TypeInstrumentation {

  private final String className;
  private final List<ElementMatcher<? super MethodDescription>> methods = new ArrayList<>();
  private final List<String> adviceClassNames = new ArrayList<>();

  private JdkTypeInstrumentation(String className) {
    this.className = className;
  }

  static JdkTypeInstrumentation type(String className) {
    return new JdkTypeInstrumentation(className);
  }

  JdkTypeInstrumentation advise(ElementMatcher<? super MethodDescription> method, Class<?> advice) {
    methods.add(method);
    adviceClassNames.add(advice.getName());
    return this;
  }

  @Override
  public TypeHint hint() {
    return TypeHint.named(className);
  }

  @Override
  public void applyAdvice(AdviceApplier applier) {
    for (int i = 0; i < methods.size(); i++) {
      applier.applyAdvice(methods.get(i), adviceClassNames.get(i));
    }
  }
}
