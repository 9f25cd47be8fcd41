package io.baton.core.indy;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * The advice class loaders of one instrumentation, one per application class loader. Keys are
 * weak so that an undeployed web application's loader can be collected with its advice.
 */
final class AdviceLoaders {

  private final ClassLoader agentLoader;
  private final String ownPackagePrefix;
  private final String[] agentPackagePrefixes;
  private final Map<ClassLoader, AdviceClassLoader> byAppLoader = new WeakHashMap<>();
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
    return byAppLoader.computeIfAbsent(appLoader, this::newLoader);
  }

  private AdviceClassLoader newLoader(ClassLoader appLoader) {
    return new AdviceClassLoader(agentLoader, appLoader, ownPackagePrefix, agentPackagePrefixes);
  }
}
