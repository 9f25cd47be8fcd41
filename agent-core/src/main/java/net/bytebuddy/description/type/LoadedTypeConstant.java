package net.bytebuddy.description.type;

/**
 * Stands in for Byte Buddy's {@code TypeDescription.LazyProxy} in the agent jar: the jar's build
 * step renames this class to that name and leaves Byte Buddy's out. Byte Buddy makes each of its
 * {@code TypeDescription} constants ({@code OBJECT}, {@code STRING}, {@code CLASS},
 * {@code THROWABLE}, {@code VOID}) a {@code java.lang.reflect.Proxy} of the whole
 * {@code TypeDescription} interface, so that initialising the interface does not initialise
 * {@code ForLoadedType}. Spinning that proxy class (and the one of
 * {@link LoadedGenericTypeConstant}) cost about 130 ms of CPU until the benchmark app's first
 * response, 100 of it in the JIT's threads, and every call on a constant went through reflection.
 * Here a constant is the loaded type's own description.
 *
 * <p>Byte Buddy went lazy to avoid a class-initialisation deadlock when two threads initialise
 * {@code TypeDescription.Generic} and {@code ForLoadedType} at the same time (Byte Buddy issue
 * 1347). The agent initialises both on its installing thread before its transformer can run Byte
 * Buddy anywhere else: see {@code InstrumentationInstaller}. In tests, which run on the plain Byte
 * Buddy jar, Byte Buddy's proxy runs and this class is unused.
 */
public final class LoadedTypeConstant {

  private LoadedTypeConstant() {}

  /** The signature {@code TypeDescription}'s initialiser calls. */
  protected static TypeDescription of(Class<?> type) {
    return TypeDescription.ForLoadedType.of(type);
  }
}
