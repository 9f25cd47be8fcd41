package io.baton.core.instrumentation;

import io.baton.core.log.AgentLog;
import java.lang.instrument.IllegalClassFormatException;
import java.security.ProtectionDomain;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;

/**
 * Sits between {@link HintFilter} and Byte Buddy: a class being loaded whose woven form is in the
 * {@link WeaveCache} is answered from there, and what Byte Buddy weaves is stored for the next run.
 * The key is the class file itself (name, length, two checksums) and its {@link
 * ClassHints#weaveContext context}, so a changed class or a different class path is a miss, never
 * a stale answer.
 *
 * <p>Retransformations always go to Byte Buddy: the JVM rebuilds a loaded class's file for them,
 * and not always the same way (H2's {@code JdbcConnection} came as 8 different files over 47 starts
 * of the benchmark app), so their entries would pile up. Classes Byte Buddy leaves alone are not stored either, so that a
 * class that failed to match once (a supertype not readable yet) is asked again the next time.
 */
final class CachedWeaving extends ResettableClassFileTransformer.WithDelegation {

  private static final int LONGEST_NAME = 120;

  private final WeaveCache cache;
  private final ClassHints hints;

  CachedWeaving(ResettableClassFileTransformer byteBuddy, WeaveCache cache, ClassHints hints) {
    super(byteBuddy);
    this.cache = cache;
    this.hints = hints;
  }

  @Override
  public byte[] transform(Module module, ClassLoader loader, String internalName, Class<?> classBeingRedefined,
      ProtectionDomain domain, byte[] classFile) throws IllegalClassFormatException {
    return answer(internalName, keyOf(loader, internalName, classBeingRedefined, classFile),
        () -> classFileTransformer.transform(module, loader, internalName, classBeingRedefined, domain, classFile));
  }

  @Override
  public byte[] transform(ClassLoader loader, String internalName, Class<?> classBeingRedefined,
      ProtectionDomain domain, byte[] classFile) throws IllegalClassFormatException {
    return answer(internalName, keyOf(loader, internalName, classBeingRedefined, classFile),
        () -> classFileTransformer.transform(loader, internalName, classBeingRedefined, domain, classFile));
  }

  private interface Weaving {
    byte[] weave() throws IllegalClassFormatException;
  }

  private byte[] answer(String internalName, String key, Weaving byteBuddy) throws IllegalClassFormatException {
    byte[] cached = key == null ? null : cache.find(key);
    if (cached != null) {
      // the same line as TransformListener's, which Byte Buddy does not call for a cached answer
      AgentLog.debug("transformed " + internalName.replace('/', '.') + " (from the weave cache)");
      return cached;
    }
    byte[] woven = byteBuddy.weave();
    if (key != null && woven != null) {
      cache.store(key, woven);
    }
    return woven;
  }

  private String keyOf(ClassLoader loader, String internalName, Class<?> classBeingRedefined, byte[] classFile) {
    if (!cache.isOn() || classBeingRedefined != null || internalName == null) {
      return null;
    }
    try {
      return key(internalName, classFile, hints.weaveContext(loader, internalName, classFile));
    } catch (RuntimeException | LinkageError unexpected) {
      return null;
    }
  }

  /** A file name: the class's name (shortened if long), length, CRC-32 and Adler-32, and context. */
  static String key(String internalName, byte[] classFile, String context) {
    CRC32 crc = new CRC32();
    crc.update(classFile);
    Adler32 adler = new Adler32();
    adler.update(classFile);
    String name = internalName.replace('/', '.');
    if (name.length() > LONGEST_NAME) {
      name = name.substring(0, LONGEST_NAME);
    }
    StringBuilder key = new StringBuilder(name.length() + 64);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      key.append(Character.isLetterOrDigit(c) || c == '.' || c == '$' || c == '_' ? c : '_');
    }
    return key.append('-').append(Integer.toHexString(classFile.length))
        .append('-').append(Long.toHexString(crc.getValue()))
        .append('-').append(Long.toHexString(adler.getValue()))
        .append('-').append(context)
        .toString();
  }
}
