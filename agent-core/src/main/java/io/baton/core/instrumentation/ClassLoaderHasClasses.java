package io.baton.core.instrumentation;

import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * "Can this class loader see one of these classes?", answered by a resource lookup (no class is
 * loaded) and remembered per loader, weakly.
 */
final class ClassLoaderHasClasses extends ElementMatcher.Junction.AbstractBase<ClassLoader> {

  private final String[] resources;
  private final Map<ClassLoader, Boolean> cache = new WeakHashMap<>();
  private volatile Boolean bootLoaderAnswer;

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
    if (loader == null) {
      Boolean answer = bootLoaderAnswer;
      if (answer == null) {
        answer = bootLoaderAnswer = sees(ClassLoader.getPlatformClassLoader());
      }
      return answer;
    }
    synchronized (cache) {
      Boolean answer = cache.get(loader);
      if (answer == null) {
        answer = sees(loader);
        cache.put(loader, answer);
      }
      return answer;
    }
  }

  private boolean sees(ClassLoader loader) {
    for (String resource : resources) {
      if (loader.getResource(resource) != null) {
        return true;
      }
    }
    return false;
  }
}
