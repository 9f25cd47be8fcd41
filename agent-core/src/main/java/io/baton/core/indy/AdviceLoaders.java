package io.baton.core.indy;

import java.lang.ref.WeakReference;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The advice class loaders of one instrumentation, one per application class loader.
 *
 * <p>Both sides are weak. The key, so that an undeployed web application's loader can be
 * collected. The value too: advice helpers may keep application objects in static fields, and a
 * strong value reaching its own key through them would keep the application loader alive forever.
 * An advice loader in use stays reachable anyway, from the call sites linked to its advice.
 */
final class AdviceLoaders {

  private final ClassLoader agentLoader;
  private final String ownPackagePrefix;
  private final String[] agentPackagePrefixes;
  private final Map<ClassLoader, WeakReference<AdviceClassLoader>> byAppLoader = new WeakHashMap<>();
  private AdviceClassLoader forBootLoader;

  AdviceLoaders(ClassLoader agentLoader, String ownPackagePrefix, String[] agentPackagePrefixes) {
    this.agentLoader = agentLoader;
    this.ownPackagePrefix = ownPackagePrefix;
    this.agentPackagePrefixes = agentPackagePrefixes;
  }

  synchronized AdviceClassLoader forApplicationLoader(ClassLoader appLoader) {
    if (appLoader == null) {
      if (forBootLoader == null) {
        forBootLoader = newLoader(null);
      }
      return forBootLoader;
    }
    WeakReference<AdviceClassLoader> known = byAppLoader.get(appLoader);
    AdviceClassLoader loader = known == null ? null : known.get();
    if (loader == null) {
      loader = newLoader(appLoader);
      byAppLoader.put(appLoader, new WeakReference<>(loader));
    }
    return loader;
  }

  private AdviceClassLoader newLoader(ClassLoader appLoader) {
    return new AdviceClassLoader(agentLoader, appLoader, ownPackagePrefix, agentPackagePrefixes);
  }
}
