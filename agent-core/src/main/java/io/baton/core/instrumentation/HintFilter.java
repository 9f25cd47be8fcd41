package io.baton.core.instrumentation;

import java.nio.charset.StandardCharsets;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;

/**
 * Stands in front of Byte Buddy's transformer and lets through only the classes some enabled
 * instrumentation's {@link TypeHint} admits. Byte Buddy describes every class it is handed, and
 * hierarchy matchers (servlets, JDBC) made it parse nearly every class the application loads:
 * profiled at the benchmark app's start-up, that parsing (and the JIT compiling the parser) was
 * the agent's largest cost. Here most classes cost a few string checks and a read of their
 * header.
 *
 * <p>Retransformations (a class already loaded) always go through: they are few, and Byte Buddy
 * chose them itself by matching the loaded class.
 */
final class HintFilter extends ResettableClassFileTransformer.WithDelegation {

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
  private final ThreadLocal<Boolean> filtering = new ThreadLocal<>();
  private final LoaderMap<LoaderHint> loaderHints = new LoaderMap<>(this::combine);

  private HintFilter(ResettableClassFileTransformer byteBuddy, List<ModuleHint> modules, SuperTypeIndex superTypes) {
    super(byteBuddy);
    this.modules = modules;
    this.superTypes = superTypes;
  }

  static AgentBuilder.TransformerDecorator decorator(List<ModuleHint> modules) {
    return byteBuddy -> in(byteBuddy, modules);
  }

  static HintFilter in(ResettableClassFileTransformer byteBuddy, List<ModuleHint> modules) {
    List<String> roots = new ArrayList<>();
    for (ModuleHint module : modules) {
      for (String superType : module.hint.superTypes) {
        if (!roots.contains(superType)) {
          roots.add(superType);
        }
      }
    }
    return new HintFilter(byteBuddy, modules, new SuperTypeIndex(roots));
  }

  @Override
  public byte[] transform(Module module, ClassLoader loader, String internalName, Class<?> classBeingRedefined,
      ProtectionDomain domain, byte[] classFile) throws java.lang.instrument.IllegalClassFormatException {
    return classBeingRedefined != null || admits(loader, internalName, classFile)
        ? classFileTransformer.transform(module, loader, internalName, classBeingRedefined, domain, classFile)
        : null;
  }

  @Override
  public byte[] transform(ClassLoader loader, String internalName, Class<?> classBeingRedefined,
      ProtectionDomain domain, byte[] classFile) throws java.lang.instrument.IllegalClassFormatException {
    return classBeingRedefined != null || admits(loader, internalName, classFile)
        ? classFileTransformer.transform(loader, internalName, classBeingRedefined, domain, classFile)
        : null;
  }

  boolean admits(ClassLoader loader, String internalName, byte[] classFile) {
    if (internalName == null || filtering.get() != null) {
      // hidden classes have no name; a class loaded while we read a header: Byte Buddy decides
      return true;
    }
    filtering.set(Boolean.TRUE);
    try {
      String name = internalName.replace('/', '.');
      if (IgnoredTypes.ignoresName(name)) {
        return false;
      }
      return loaderHints.get(loader).admits(loader, name, internalName, classFile);
    } catch (RuntimeException unexpected) {
      return true;
    } finally {
      filtering.remove();
    }
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
