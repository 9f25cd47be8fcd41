package io.baton.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.security.ProtectionDomain;
import java.util.Collections;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * Loads agent-core and its dependencies from {@code inst/} inside the agent jar, where every class
 * is stored as {@code .classdata}: the JVM puts the agent jar on the system class path, and the
 * extension keeps the application's class loaders and classpath scanners from seeing our copies
 * of Byte Buddy or OpenTelemetry. The parent is the platform loader, so no application class
 * leaks in either.
 */
final class AgentClassLoader extends ClassLoader {

  static final String PREFIX = "inst/";
  static final String CLASS_SUFFIX = ".classdata";

  static {
    registerAsParallelCapable();
  }

  private final JarFile jar;
  private final String jarUrl;
  private final ProtectionDomain protectionDomain;

  AgentClassLoader(JarFile jar, ClassLoader parent, ProtectionDomain protectionDomain) {
    super("baton-agent", parent);
    this.jar = jar;
    this.jarUrl = "jar:" + new java.io.File(jar.getName()).toURI() + "!/";
    this.protectionDomain = protectionDomain;
  }

  /**
   * Our own classes are looked up in the jar before the parent is asked. The parent (the platform
   * loader, then the boot loader) never has them. Asking it first for each of the 1,600 classes
   * the agent loads added 1,850 calls to {@code BuiltinClassLoader.loadClassOrNull} to the 8,200
   * the benchmark app makes, enough to have C2 compile that method (9 KB inlined, 0.3 to 0.8 s of
   * compiler CPU) while the application was starting. JDK names skip the jar lookup.
   */
  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (isJdkName(name)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> loaded = findLoadedClass(name);
      if (loaded == null) {
        JarEntry entry = classEntry(name);
        if (entry == null) {
          return super.loadClass(name, resolve);
        }
        loaded = define(name, entry);
      }
      if (resolve) {
        resolveClass(loaded);
      }
      return loaded;
    }
  }

  private static boolean isJdkName(String name) {
    return name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jdk.")
        || name.startsWith("sun.") || name.startsWith("com.sun.");
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    JarEntry entry = classEntry(name);
    if (entry == null) {
      throw new ClassNotFoundException(name);
    }
    return define(name, entry);
  }

  private JarEntry classEntry(String className) {
    return jar.getJarEntry(PREFIX + className.replace('.', '/') + CLASS_SUFFIX);
  }

  private Class<?> define(String name, JarEntry entry) throws ClassNotFoundException {
    byte[] bytes;
    try (InputStream in = jar.getInputStream(entry)) {
      bytes = readFully(in, entry.getSize());
    } catch (IOException e) {
      throw new ClassNotFoundException(name, e);
    }
    definePackageOf(name);
    return defineClass(name, bytes, 0, bytes.length, protectionDomain);
  }

  /**
   * The jar's directory gives each entry's size, so one array of that size is enough.
   * {@code readAllBytes} reads into an 8 KiB buffer and copies what it read into a right-sized
   * result: for the 1,600 classes the agent loads at start-up that is about 13 MB of garbage, the
   * largest allocation of the agent's start thread in an allocation profile of the benchmark app.
   */
  static byte[] readFully(InputStream in, long size) throws IOException {
    if (size < 0 || size > Integer.MAX_VALUE - 8) {
      return in.readAllBytes();
    }
    byte[] bytes = new byte[(int) size];
    int read = in.readNBytes(bytes, 0, bytes.length);
    if (read != bytes.length || in.read() != -1) {
      throw new IOException("entry is not " + size + " bytes long");
    }
    return bytes;
  }

  private void definePackageOf(String className) {
    int dot = className.lastIndexOf('.');
    if (dot <= 0) {
      return;
    }
    String pkg = className.substring(0, dot);
    if (getDefinedPackage(pkg) == null) {
      try {
        definePackage(pkg, null, null, null, null, null, null, null);
      } catch (IllegalArgumentException alreadyDefinedConcurrently) {
        // another thread won the race; the package exists, which is all we need
      }
    }
  }

  /** Byte Buddy reads class files as {@code X.class} resources; answer those from {@code .classdata}. */
  @Override
  protected URL findResource(String name) {
    String entryName = entryName(name);
    if (jar.getJarEntry(entryName) == null) {
      return null;
    }
    try {
      return new URL(jarUrl + entryName);
    } catch (MalformedURLException e) {
      return null;
    }
  }

  @Override
  protected Enumeration<URL> findResources(String name) {
    URL url = findResource(name);
    return url == null ? Collections.emptyEnumeration() : Collections.enumeration(Collections.singletonList(url));
  }

  /** Skips the URL machinery: class bytes are read many times while matching types. */
  @Override
  public InputStream getResourceAsStream(String name) {
    JarEntry entry = jar.getJarEntry(entryName(name));
    if (entry != null) {
      try {
        return jar.getInputStream(entry);
      } catch (IOException e) {
        return null;
      }
    }
    return super.getResourceAsStream(name);
  }

  static String entryName(String resourceName) {
    String name = resourceName.startsWith("/") ? resourceName.substring(1) : resourceName;
    if (name.endsWith(".class")) {
      return PREFIX + name.substring(0, name.length() - ".class".length()) + CLASS_SUFFIX;
    }
    return PREFIX + name;
  }
}
