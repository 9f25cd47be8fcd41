package io.baton.core.indy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.WeakReference;

/**
 * Holds one instrumentation's advice and helper classes for one application class loader. The
 * advice can then name the library's own types (they resolve in the application's loader) and
 * the agent's (they resolve in the agent's loader) without either being visible to the other.
 * <ul>
 *   <li>the instrumentation's own package: defined here, from the agent jar's bytes;</li>
 *   <li>the agent's packages: from the agent loader (one OpenTelemetry, one context for all);</li>
 *   <li>everything else: from the application's loader, then the agent's (JDK platform classes).</li>
 * </ul>
 * The application loader is held weakly: this loader is a value in a map keyed by it.
 */
final class AdviceClassLoader extends ClassLoader {

  static {
    registerAsParallelCapable();
  }

  private final ClassLoader agentLoader;
  private final WeakReference<ClassLoader> appLoader;
  private final boolean appLoaderIsBoot;
  private final String ownPackagePrefix;
  private final String[] agentPackagePrefixes;

  AdviceClassLoader(
      ClassLoader agentLoader, ClassLoader appLoader, String ownPackagePrefix, String[] agentPackagePrefixes) {
    super("baton-advice:" + ownPackagePrefix, null);
    this.agentLoader = agentLoader;
    this.appLoader = new WeakReference<>(appLoader);
    this.appLoaderIsBoot = appLoader == null;
    this.ownPackagePrefix = ownPackagePrefix;
    this.agentPackagePrefixes = agentPackagePrefixes;
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    synchronized (getClassLoadingLock(name)) {
      Class<?> type = findLoadedClass(name);
      if (type == null) {
        if (name.startsWith(ownPackagePrefix)) {
          type = defineOwn(name);
        } else if (isAgentClass(name)) {
          type = agentLoader.loadClass(name);
        } else {
          type = loadFromApplication(name);
        }
      }
      if (resolve) {
        resolveClass(type);
      }
      return type;
    }
  }

  private boolean isAgentClass(String name) {
    for (String prefix : agentPackagePrefixes) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private Class<?> loadFromApplication(String name) throws ClassNotFoundException {
    ClassLoader app = appLoader.get();
    if (app != null || appLoaderIsBoot) {
      try {
        return Class.forName(name, false, app);
      } catch (ClassNotFoundException notThere) {
        // JDK classes of the platform loader are not visible from the boot loader
      }
    }
    return agentLoader.loadClass(name);
  }

  private Class<?> defineOwn(String name) throws ClassNotFoundException {
    String resource = name.replace('.', '/') + ".class";
    try (InputStream in = agentLoader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ClassNotFoundException(name);
      }
      byte[] bytes = in.readAllBytes();
      return defineClass(name, bytes, 0, bytes.length);
    } catch (IOException e) {
      throw new ClassNotFoundException(name, e);
    }
  }
}
