package io.baton.core.instrumentation;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import net.bytebuddy.agent.builder.AgentBuilder;

/**
 * Chooses which already loaded classes Byte Buddy considers for retransformation when the agent
 * installs. Like Byte Buddy's {@code Reiterating} strategy it looks again until a pass finds no
 * new class, since the application loads classes meanwhile; unlike it, it hands over only classes
 * that {@link ClassHints} admits and that were not offered to the transformer as they loaded.
 *
 * <p>Byte Buddy's own sweep describes and matches every loaded class, about 3,200 in the
 * benchmark app when the agent installs, of which a handful are instrumented; and it retransformed
 * classes the application loaded during the sweep, which the transformer had woven already (H2's
 * {@code JdbcStatement} was woven twice in a profiled start-up).
 */
final class SweepDiscovery implements AgentBuilder.RedefinitionStrategy.DiscoveryStrategy {

  private final ClassHints hints;
  private final LoadTimeOffers offers;

  SweepDiscovery(ClassHints hints, LoadTimeOffers offers) {
    this.hints = hints;
    this.offers = offers;
  }

  @Override
  public Iterable<Iterable<Class<?>>> resolve(Instrumentation instrumentation) {
    return () -> new Passes(instrumentation);
  }

  /** Worth handing to Byte Buddy: a class some hint admits, not already seen by the transformer. */
  boolean considers(Class<?> type) {
    if (type.isArray() || type.isPrimitive() || offers.wasOffered(type)) {
      return false;
    }
    try {
      return hints.admitsLoaded(type);
    } catch (RuntimeException | LinkageError unexpected) {
      return true;
    }
  }

  private final class Passes implements Iterator<Iterable<Class<?>>> {
    private final Instrumentation instrumentation;
    private final Set<Class<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private List<Class<?>> next;

    Passes(Instrumentation instrumentation) {
      this.instrumentation = instrumentation;
    }

    @Override
    public boolean hasNext() {
      if (next == null) {
        next = new ArrayList<>();
        for (Class<?> type : instrumentation.getAllLoadedClasses()) {
          if (type != null && seen.add(type) && considers(type)) {
            next.add(type);
          }
        }
      }
      return !next.isEmpty();
    }

    @Override
    public Iterable<Class<?>> next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      List<Class<?>> pass = next;
      next = null;
      return pass;
    }
  }
}
