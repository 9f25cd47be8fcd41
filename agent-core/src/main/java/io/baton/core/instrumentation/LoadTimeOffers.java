package io.baton.core.instrumentation;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The classes offered to our transformer as they loaded, remembered only while the installation
 * looks for classes to retransform. The application keeps loading classes during that search;
 * those went through the transformer already, and retransforming them would weave them a second
 * time. Closed (and emptied) when the installation returns, so it holds nothing afterwards.
 *
 * <p>Classes the installing thread itself loads are not remembered: Byte Buddy holds its
 * circularity lock on that thread for the whole installation and transforms none of them, so the
 * sweep must still consider them.
 */
final class LoadTimeOffers {

  private static final class Offer {
    final ClassLoader loader;
    final String internalName;

    Offer(ClassLoader loader, String internalName) {
      this.loader = loader;
      this.internalName = internalName;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Offer
          && ((Offer) other).loader == loader
          && ((Offer) other).internalName.equals(internalName);
    }

    @Override
    public int hashCode() {
      return 31 * System.identityHashCode(loader) + internalName.hashCode();
    }
  }

  private final Set<Offer> offers = ConcurrentHashMap.newKeySet();
  private final Thread installer;
  private volatile boolean open = true;

  /** Created on the thread that installs. */
  LoadTimeOffers() {
    this.installer = Thread.currentThread();
  }

  /** Called by the transformer for a class being loaded (not one being retransformed). */
  void offered(ClassLoader loader, String internalName) {
    if (open && internalName != null && Thread.currentThread() != installer) {
      offers.add(new Offer(loader, internalName));
      if (!open) {
        offers.clear();
      }
    }
  }

  boolean wasOffered(Class<?> type) {
    return open && offers.contains(new Offer(type.getClassLoader(), type.getName().replace('.', '/')));
  }

  void close() {
    open = false;
    offers.clear();
  }
}
