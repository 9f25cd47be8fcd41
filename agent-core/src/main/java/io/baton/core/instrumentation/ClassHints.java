package io.baton.core.instrumentation;

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
  private final UserExclusions exclusions;
  private final LoaderMap<LoaderHint> loaderHints = new LoaderMap<>(this::combine);

  private ClassHints(List<ModuleHint> modules, SuperTypeIndex superTypes, UserExclusions exclusions) {
    this.modules = modules;
    this.superTypes = superTypes;
    this.exclusions = exclusions;
  }

  static ClassHints of(List<ModuleHint> modules) {
    return of(modules, UserExclusions.empty());
  }

  static ClassHints of(List<ModuleHint> modules, UserExclusions exclusions) {
    List<String> roots = new ArrayList<>();
    for (ModuleHint module : modules) {
      for (String superType : module.hint.superTypes) {
        if (!roots.contains(superType)) {
          roots.add(superType);
        }
      }
    }
    ClassHints hints = new ClassHints(modules, new SuperTypeIndex(roots), exclusions);
    // built here, before the transformer is registered: what a loader's hint needs is then loaded
    // and linked by the installing thread, not first inside the transformation of some JDK class
    hints.loaderHints.get(null);
    return hints;
  }

  /** A class about to be defined by {@code loader}, from its class file. */
  boolean admits(ClassLoader loader, String internalName, byte[] classFile) {
    String name = internalName.replace('/', '.');
    return !IgnoredTypes.ignoresName(name)
        && !exclusions.excludes(loader, name)
        && loaderHints.get(loader).admits(loader, name, internalName, classFile);
  }

  /**
   * A class already loaded. Its constant pool is not at hand, so a hint that looks there (for an
   * annotation, say) admits every class of the loader, and a supertype test is not narrowed by
   * {@link TypeHint#whenMentioning}.
   */
  boolean admitsLoaded(Class<?> type) {
    String name = type.getName();
    return !IgnoredTypes.ignoresName(name)
        && !exclusions.excludes(type.getClassLoader(), name)
        && loaderHints.get(type.getClassLoader()).admitsLoaded(type, name);
  }

  /**
   * What, beside a class's own bytes, decides how it is woven: which modules' libraries its loader
   * sees, and which of the hints' supertypes it reaches (the same names the modules' hierarchy
   * matchers test). Two classes with equal bytes and equal context are woven alike.
   */
  String weaveContext(ClassLoader loader, String internalName, byte[] classFile) {
    StringBuilder context = new StringBuilder(modules.size() + 17);
    for (ModuleHint module : modules) {
      context.append(module.libraryPresent.matches(loader) ? '1' : '0');
    }
    return context.append('-').append(Long.toHexString(superTypes.reach(loader, internalName, classFile))).toString();
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
    private final ConstantPoolTexts referencedNames;
    private final ConstantPoolTexts superTypeMentions;

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
      this.referencedNames = new ConstantPoolTexts(referenced);
      this.superTypeMentions = new ConstantPoolTexts(hint == null ? List.of() : hint.superTypeMentions);
    }

    boolean admits(ClassLoader loader, String name, String internalName, byte[] classFile) {
      if (hint == null) {
        return false;
      }
      if (hint.passesName(name)) {
        return true;
      }
      int constantsEnd =
          referencedNames.isEmpty() && superTypeMentions.isEmpty() ? 0 : ConstantPoolTexts.constantPoolEnd(classFile);
      if (referencedNames.foundIn(classFile, constantsEnd)) {
        return true;
      }
      return superTypeBits != 0
          && (superTypeMentions.isEmpty() || superTypeMentions.foundIn(classFile, constantsEnd))
          && (superTypes.reach(loader, internalName, classFile) & superTypeBits) != 0;
    }

    boolean admitsLoaded(Class<?> type, String name) {
      if (hint == null) {
        return false;
      }
      return hint.passesName(name)
          || !referencedNames.isEmpty()
          || (superTypeBits != 0 && (superTypes.reachOfLoaded(type) & superTypeBits) != 0);
    }
  }
}
