package io.baton.core.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.none;

import io.baton.core.config.AgentConfig;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Classes and class loaders the user keeps away from every instrumentation, under the OpenTelemetry
 * agent's settings: {@code otel.javaagent.exclude-classes} (binary names, {@code com.acme.*} for a
 * package and everything under it) and {@code otel.javaagent.exclude-class-loaders} (class names of
 * loaders). The way out when an instrumentation misbehaves in one place and the rest should stay.
 */
final class UserExclusions {

  static final String CLASSES_PROPERTY = "otel.javaagent.exclude-classes";
  static final String LOADERS_PROPERTY = "otel.javaagent.exclude-class-loaders";

  private final Set<String> classNames = new HashSet<>();
  private final List<String> classPrefixes = new ArrayList<>();
  private final Set<String> loaderClassNames;

  private UserExclusions(List<String> classes, List<String> loaders) {
    for (String entry : classes) {
      if (entry.endsWith("*")) {
        classPrefixes.add(entry.substring(0, entry.length() - 1));
      } else {
        classNames.add(entry);
      }
    }
    loaderClassNames = new HashSet<>(loaders);
  }

  static UserExclusions from(AgentConfig config) {
    return new UserExclusions(config.getList(CLASSES_PROPERTY), config.getList(LOADERS_PROPERTY));
  }

  static UserExclusions empty() {
    return new UserExclusions(List.of(), List.of());
  }

  boolean excludes(ClassLoader loader, String binaryName) {
    return excludesLoader(loader) || excludesClass(binaryName);
  }

  /** Runs for every class the application loads: nothing configured, nothing hashed. */
  private boolean excludesClass(String name) {
    return (!classNames.isEmpty() && classNames.contains(name))
        || (!classPrefixes.isEmpty() && NamePatterns.matches(name, classPrefixes, List.of()));
  }

  private boolean excludesLoader(ClassLoader loader) {
    return loader != null && !loaderClassNames.isEmpty() && loaderClassNames.contains(loader.getClass().getName());
  }

  /** The same, for Byte Buddy's ignore rule: retransformations another agent asks for pass there only. */
  ElementMatcher.Junction<TypeDescription> types() {
    ElementMatcher.Junction<TypeDescription> matcher = NamePatterns.matcher(classPrefixes, List.of());
    for (String name : classNames) {
      matcher = matcher.or(named(name));
    }
    return matcher;
  }

  ElementMatcher.Junction<ClassLoader> loaders() {
    if (loaderClassNames.isEmpty()) {
      return none();
    }
    return new ElementMatcher.Junction.AbstractBase<ClassLoader>() {
      @Override
      public boolean matches(ClassLoader loader) {
        return excludesLoader(loader);
      }
    };
  }
}
