package io.baton.core.instrumentation;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.pool.TypePool;

/**
 * Type descriptions shared between transformations, per class loader. Byte Buddy's default pool
 * lives for one class: matching {@code hasSuperType} on each new class re-read and re-parsed the
 * class files of its whole hierarchy from the loader's jars, again for every sibling. Profiled at
 * start-up of the benchmark app: {@code StreamDrainer.drain} and TypePool parsing were the agent's
 * top frames, and compiling that parser kept the JIT busy for seconds.
 *
 * <p>Bounded: a loader's cache is emptied when it passes {@link #MAX_TYPES_PER_LOADER} entries, so
 * memory stays flat once class loading calms down. Loaders are held weakly.
 */
final class SharedTypePool extends AgentBuilder.PoolStrategy.WithTypePoolCache {

  static final int MAX_TYPES_PER_LOADER = 2048;

  private final LoaderMap<TypePool.CacheProvider> loaderTypes = new LoaderMap<>(loader -> new BoundedCache());

  SharedTypePool() {
    super(TypePool.Default.ReaderMode.FAST);
  }

  @Override
  protected TypePool.CacheProvider locate(ClassLoader loader) {
    return loaderTypes.get(loader);
  }

  /** Byte Buddy's simple cache, cleared whole when full: cheap, and start-up bursts refill it. */
  static final class BoundedCache implements TypePool.CacheProvider {
    private final ConcurrentMap<String, TypePool.Resolution> types = new ConcurrentHashMap<>();

    @Override
    public TypePool.Resolution find(String name) {
      return types.get(name);
    }

    @Override
    public TypePool.Resolution register(String name, TypePool.Resolution resolution) {
      if (types.size() >= MAX_TYPES_PER_LOADER) {
        types.clear();
      }
      TypePool.Resolution earlier = types.putIfAbsent(name, resolution);
      return earlier != null ? earlier : resolution;
    }

    @Override
    public void clear() {
      types.clear();
    }
  }
}
