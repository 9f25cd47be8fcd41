package io.baton.core.instrumentation;

import java.util.List;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * "Can this class loader see one of these classes?", answered by a resource lookup (no class is
 * loaded) and remembered per loader, weakly.
 */
final class ClassLoaderHasClasses extends ElementMatcher.Junction.AbstractBase<ClassLoader> {

  private final String[] resources;
  private final LoaderMap<Boolean> answers = new LoaderMap<>(this::sees);

  ClassLoaderHasClasses(List<String> classNames) {
    resources = new String[classNames.size()];
    for (int i = 0; i < resources.length; i++) {
      resources[i] = classNames.get(i).replace('.', '/') + ".class";
    }
  }

  @Override
  public boolean matches(ClassLoader loader) {
    if (resources.length == 0) {
      return true;
    }
    return answers.get(loader);
  }

  /** The boot loader's resources are looked up through the platform loader, which delegates to it. */
  private boolean sees(ClassLoader loader) {
    ClassLoader lookup = loader != null ? loader : ClassLoader.getPlatformClassLoader();
    for (String resource : resources) {
      if (lookup.getResource(resource) != null) {
        return true;
      }
    }
    return false;
  }
}
