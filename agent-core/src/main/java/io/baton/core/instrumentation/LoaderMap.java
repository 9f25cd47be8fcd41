package io.baton.core.instrumentation;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Function;

/**
 * One value per class loader, computed on first use. Loaders are held weakly (an undeployed web
 * application must stay collectable), and the boot loader, which a {@link WeakHashMap} cannot
 * hold as {@code null}, gets a slot of its own. Values must be safe to compute twice: the boot
 * slot is filled without a lock.
 */
final class LoaderMap<V> {

  private final Function<ClassLoader, V> compute;
  private final Map<ClassLoader, V> values = new WeakHashMap<>();
  private volatile V bootLoaderValue;

  /** {@code compute} receives {@code null} for the boot loader. */
  LoaderMap(Function<ClassLoader, V> compute) {
    this.compute = compute;
  }

  V get(ClassLoader loader) {
    if (loader == null) {
      V value = bootLoaderValue;
      if (value == null) {
        value = bootLoaderValue = compute.apply(null);
      }
      return value;
    }
    synchronized (values) {
      return values.computeIfAbsent(loader, compute);
    }
  }
}
