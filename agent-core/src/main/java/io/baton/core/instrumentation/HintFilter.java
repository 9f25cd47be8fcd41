package io.baton.core.instrumentation;

import java.security.ProtectionDomain;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;

/**
 * Stands in front of Byte Buddy's transformer and lets through only the classes some enabled
 * instrumentation's {@link TypeHint} admits ({@link ClassHints}). Byte Buddy describes every class
 * it is handed, and hierarchy matchers (servlets, JDBC) made it parse nearly every class the
 * application loads: profiled at the benchmark app's start-up, that parsing (and the JIT compiling
 * the parser) was the agent's largest cost. Here most classes cost a few string checks and a read
 * of their header.
 *
 * <p>Retransformations (a class already loaded) always go through: {@link SweepDiscovery} chose
 * them with the same hints. Classes offered while loading are reported to {@link LoadTimeOffers},
 * so that the installation's sweep does not weave them again.
 */
final class HintFilter extends ResettableClassFileTransformer.WithDelegation {

  private final ClassHints hints;
  private final LoadTimeOffers offers;
  private final ThreadLocal<Boolean> filtering = new ThreadLocal<>();

  private HintFilter(ResettableClassFileTransformer byteBuddy, ClassHints hints, LoadTimeOffers offers) {
    super(byteBuddy);
    this.hints = hints;
    this.offers = offers;
  }

  /** Admitted classes go on to the woven-class cache, and through it to Byte Buddy. */
  static AgentBuilder.TransformerDecorator decorator(ClassHints hints, LoadTimeOffers offers, WeaveCache cache) {
    return byteBuddy -> new HintFilter(cache.isOn() ? new CachedWeaving(byteBuddy, cache, hints) : byteBuddy, hints, offers);
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

  private boolean admits(ClassLoader loader, String internalName, byte[] classFile) {
    offers.offered(loader, internalName);
    if (internalName == null || filtering.get() != null) {
      // hidden classes have no name; a class loaded while we read a header: Byte Buddy decides
      return true;
    }
    filtering.set(Boolean.TRUE);
    try {
      return hints.admits(loader, internalName, classFile);
    } catch (RuntimeException | LinkageError unexpected) {
      return true;
    } finally {
      filtering.remove();
    }
  }
}
