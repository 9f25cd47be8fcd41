package io.baton.instrumentation.jdbc;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values attached to JDBC objects (statements, connections) without keeping those objects alive
 * and without locking on the hot path: a concurrent map keyed by weak, identity-compared
 * references. Entries whose key was collected are purged on the next write. Identity matters: a
 * driver's {@code equals} may be overridden, and Hikari's proxies must not match their delegates.
 */
final class WeakIdentityMap<K, V> {

  private final ConcurrentHashMap<Object, V> map = new ConcurrentHashMap<>();
  private final ReferenceQueue<K> collected = new ReferenceQueue<>();

  V get(K key) {
    return key == null ? null : map.get(new Lookup(key));
  }

  void put(K key, V value) {
    if (key == null || value == null) {
      return;
    }
    // a key already present keeps its weak key: a new one would only be registered with the
    // queue for the GC to process and discard
    if (map.replace(new Lookup(key), value) == null) {
      purge();
      map.put(new WeakKey<>(key, collected), value);
    }
  }

  V remove(K key) {
    return key == null ? null : map.remove(new Lookup(key));
  }

  int size() {
    purge();
    return map.size();
  }

  private void purge() {
    Object gone;
    while ((gone = collected.poll()) != null) {
      map.remove(gone);
    }
  }

  private static final class WeakKey<K> extends WeakReference<K> {
    private final int hash;

    WeakKey(K key, ReferenceQueue<K> queue) {
      super(key, queue);
      hash = System.identityHashCode(key);
    }

    @Override
    public int hashCode() {
      return hash;
    }

    @Override
    public boolean equals(Object other) {
      if (this == other) {
        return true;
      }
      // equal to the weak key of the same object too: a second put of a key replaces its value
      // instead of adding an entry that only the GC would remove
      Object referent = get();
      if (referent == null) {
        return false;
      }
      if (other instanceof Lookup) {
        return ((Lookup) other).key == referent;
      }
      return other instanceof WeakKey && ((WeakKey<?>) other).get() == referent;
    }
  }

  /** A short-lived strong key for reads; equal to the weak key of the same object. */
  private static final class Lookup {
    private final Object key;

    Lookup(Object key) {
      this.key = key;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(key);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof WeakKey && ((WeakKey<?>) other).get() == key;
    }
  }
}
