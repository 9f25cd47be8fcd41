package io.baton.core.instrumentation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether some enabled instrumentation could match a class, decided from what is cheap to read:
 * its name, its supertypes and, for a class being loaded, its raw bytes. Used in front of Byte
 * Buddy twice: by {@link HintFilter} for each class the application loads, and by
 * {@link SweepDiscovery} for the classes already loaded when the agent installs. A class no hint
 * admits is never described by Byte Buddy.
 *
 * <p>Each test over-approximates the {@link TypeInstrumentation#typeMatcher()} of a module whose
 * library the class's loader sees (its marker classes): when in doubt, a class is admitted and
 * Byte Buddy decides.
 */
final class ClassHints {

  /** The hint of one module's types, and where that module applies. */
  static final class ModuleHint {
    final ClassLoaderHasClasses libraryPresent;
    final TypeHint hint;

    ModuleHint(ClassLoaderHasClasses libraryPresent, TypeHint hint) {
      this.libraryPresent = libraryPresent;
      this.hint = hint;
    }
  }

  private final List<ModuleHint> modules;
  private final SuperTypeIndex superTypes;
  private final LoaderMap<LoaderHint> loaderHints = new LoaderMap<>(this::combine);

  private ClassHints(List<ModuleHint> modules, SuperTypeIndex superTypes) {
    this.modules = modules;
    this.superTypes = superTypes;
  }

  static ClassHints of(List<ModuleHint> modules) {
    List<String> roots = new ArrayList<>();
    for (ModuleHint module : modules) {
      for (String superType : module.hint.superTypes) {
        if (!roots.contains(superType)) {
          roots.add(superType);
        }
      }
    }
    return new ClassHints(modules, new SuperTypeIndex(roots));
  }

  /** A class about to be defined by {@code loader}, from its class file. */
  boolean admits(ClassLoader loader, String internalName, byte[] classFile) {
    String name = internalName.replace('/', '.');
    return !IgnoredTypes.ignoresName(name) && loaderHints.get(loader).admits(loader, name, internalName, classFile);
  }

  /**
   * A class already loaded. Its constant pool is not at hand, so a hint that looks there (for an
   * annotation, say) admits every class of the loader, and a supertype test is not narrowed by
   * {@link TypeHint#whenMentioning}.
   */
  boolean admitsLoaded(Class<?> type) {
    String name = type.getName();
    return !IgnoredTypes.ignoresName(name) && loaderHints.get(type.getClassLoader()).admitsLoaded(type, name);
  }

  /** What the modules whose libraries this loader sees admit, together. */
  private LoaderHint combine(ClassLoader loader) {
    TypeHint combined = null;
    for (ModuleHint module : modules) {
      if (module.libraryPresent.matches(loader)) {
        combined = combined == null ? module.hint : combined.or(module.hint);
      }
    }
    return new LoaderHint(combined, superTypes);
  }

  /** The combined hint for one class loader, with its supertype bits and byte patterns ready. */
  private static final class LoaderHint {
    private final TypeHint hint;
    private final SuperTypeIndex superTypes;
    private final long superTypeBits;
    private final byte[][] referencedNames;
    private final byte[][] superTypeMentions;

    LoaderHint(TypeHint hint, SuperTypeIndex superTypes) {
      this.hint = hint;
      this.superTypes = superTypes;
      this.superTypeBits = hint == null ? 0 : superTypes.bitsOf(hint.superTypes);
      List<String> referenced = new ArrayList<>();
      if (hint != null) {
        for (String type : hint.referencedTypes) {
          referenced.add(type.replace('.', '/'));
        }
      }
      this.referencedNames = asciiBytes(referenced);
      this.superTypeMentions = asciiBytes(hint == null ? List.of() : hint.superTypeMentions);
    }

    private static byte[][] asciiBytes(List<String> texts) {
      byte[][] bytes = new byte[texts.size()][];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = texts.get(i).getBytes(StandardCharsets.UTF_8);
      }
      return bytes;
    }

    boolean admits(ClassLoader loader, String name, String internalName, byte[] classFile) {
      if (hint == null) {
        return false;
      }
      if (hint.passesName(name)) {
        return true;
      }
      if (containsAny(classFile, referencedNames)) {
        return true;
      }
      return superTypeBits != 0
          && (superTypeMentions.length == 0 || containsAny(classFile, superTypeMentions))
          && (superTypes.reach(loader, internalName, classFile) & superTypeBits) != 0;
    }

    boolean admitsLoaded(Class<?> type, String name) {
      if (hint == null) {
        return false;
      }
      return hint.passesName(name)
          || referencedNames.length > 0
          || (superTypeBits != 0 && (superTypes.reachOfLoaded(type) & superTypeBits) != 0);
    }

    private static boolean containsAny(byte[] classFile, byte[][] texts) {
      for (byte[] text : texts) {
        if (contains(classFile, text)) {
          return true;
        }
      }
      return false;
    }

    /** Names and descriptors sit in the constant pool as modified UTF-8, which for them is plain ASCII. */
    private static boolean contains(byte[] haystack, byte[] needle) {
      byte first = needle[0];
      outer:
      for (int i = 0, last = haystack.length - needle.length; i <= last; i++) {
        if (haystack[i] != first) {
          continue;
        }
        for (int j = 1; j < needle.length; j++) {
          if (haystack[i + j] != needle[j]) {
            continue outer;
          }
        }
        return true;
      }
      return false;
    }
  }
}
