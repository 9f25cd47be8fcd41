package io.baton.core.instrumentation;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.jar.asm.ClassReader;

/**
 * Which of a fixed set of "root" types a class extends or implements, at any depth, read from class
 * file headers only (super class and interface names: no member is parsed) and remembered per
 * class loader as a bit set. A supertype not loaded yet is read as a resource of the loader, once.
 * A class already loaded is walked through its {@code Class} objects instead, into the same memory.
 *
 * <p>Answers {@link #UNKNOWN} (every bit set) when a class file cannot be found or read, so that
 * callers err towards letting Byte Buddy decide.
 */
final class SuperTypeIndex {

  static final long UNKNOWN = -1L;
  static final int MAX_ROOTS = 63;
  /** A loader's entries are dropped together past this size: class loading comes in bursts. */
  static final int MAX_CLASSES_PER_LOADER = 16_384;
  private static final int MAX_DEPTH = 100;

  /** Internal names; null when there were too many to index. */
  private final List<String> roots;
  private final LoaderMap<ConcurrentMap<String, Long>> loaderReach = new LoaderMap<>(loader -> new ConcurrentHashMap<>());

  /**
   * @param roots binary names; past {@link #MAX_ROOTS} the index gives up and answers
   *     {@link #UNKNOWN} for every class, which lets everything through to Byte Buddy: slower,
   *     never wrong
   */
  SuperTypeIndex(List<String> roots) {
    this.roots = roots.size() > MAX_ROOTS
        ? null
        : roots.stream().map(name -> name.replace('.', '/')).collect(java.util.stream.Collectors.toList());
  }

  /** The bits of these roots, as {@link #reach} reports them. */
  long bitsOf(List<String> binaryNames) {
    if (roots == null) {
      return binaryNames.isEmpty() ? 0 : UNKNOWN;
    }
    long bits = 0;
    for (String name : binaryNames) {
      int index = roots.indexOf(name.replace('.', '/'));
      if (index >= 0) {
        bits |= 1L << index;
      }
    }
    return bits;
  }

  /** The roots reached by the class in {@code classFile}, about to be defined by {@code loader}. */
  long reach(ClassLoader loader, String internalName, byte[] classFile) {
    if (roots == null) {
      return UNKNOWN;
    }
    ConcurrentMap<String, Long> known = loaderReach.get(loader);
    long bits;
    try {
      bits = reachFromHeader(loader, known, new ClassReader(classFile), 0);
    } catch (RuntimeException unreadable) {
      bits = UNKNOWN;
    }
    remember(known, internalName, bits);
    return bits;
  }

  /** The roots reached by a class already loaded, walked through its {@code Class} objects. */
  long reachOfLoaded(Class<?> type) {
    if (roots == null) {
      return UNKNOWN;
    }
    return reachOfLoaded(loaderReach.get(type.getClassLoader()), type, 0);
  }

  private long reachOfLoaded(ConcurrentMap<String, Long> known, Class<?> type, int depth) {
    String internalName = type.getName().replace('.', '/');
    Long cached = known.get(internalName);
    if (cached != null) {
      return cached;
    }
    if (depth > MAX_DEPTH) {
      return UNKNOWN;
    }
    long bits = 0;
    Class<?> superclass = type.getSuperclass();
    if (superclass != null && superclass != Object.class) {
      bits |= bitOf(superclass) | reachOfLoaded(known, superclass, depth + 1);
    }
    for (Class<?> implemented : type.getInterfaces()) {
      bits |= bitOf(implemented) | reachOfLoaded(known, implemented, depth + 1);
    }
    remember(known, internalName, bits);
    return bits;
  }

  private long bitOf(Class<?> type) {
    int index = roots.indexOf(type.getName().replace('.', '/'));
    return index >= 0 ? 1L << index : 0;
  }

  private long reachOf(ClassLoader loader, ConcurrentMap<String, Long> known, String internalName, int depth) {
    Long cached = known.get(internalName);
    if (cached != null) {
      return cached;
    }
    long bits;
    try {
      ClassFileLocator.Resolution resolution =
          ClassFileLocator.ForClassLoader.of(loader).locate(internalName.replace('/', '.'));
      bits = resolution.isResolved()
          ? reachFromHeader(loader, known, new ClassReader(resolution.resolve()), depth)
          : UNKNOWN;
    } catch (Exception unreadable) {
      bits = UNKNOWN;
    }
    remember(known, internalName, bits);
    return bits;
  }

  private long reachFromHeader(ClassLoader loader, ConcurrentMap<String, Long> known, ClassReader header, int depth) {
    if (depth > MAX_DEPTH) {
      return UNKNOWN;
    }
    long bits = 0;
    String superName = header.getSuperName();
    if (superName != null) {
      bits |= reachOfSuper(loader, known, superName, depth);
    }
    for (String interfaceName : header.getInterfaces()) {
      bits |= reachOfSuper(loader, known, interfaceName, depth);
    }
    return bits;
  }

  private long reachOfSuper(ClassLoader loader, ConcurrentMap<String, Long> known, String superName, int depth) {
    if (superName.equals("java/lang/Object")) {
      return 0;
    }
    int index = roots.indexOf(superName);
    long self = index >= 0 ? 1L << index : 0;
    return self | reachOf(loader, known, superName, depth + 1);
  }

  private static void remember(ConcurrentMap<String, Long> known, String internalName, long bits) {
    if (known.size() >= MAX_CLASSES_PER_LOADER) {
      known.clear();
    }
    known.put(internalName, bits);
  }
}
