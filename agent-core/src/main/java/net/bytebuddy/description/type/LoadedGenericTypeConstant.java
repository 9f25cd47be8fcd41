package net.bytebuddy.description.type;

/**
 * Stands in for Byte Buddy's {@code TypeDescription.Generic.LazyProxy} in the agent jar, as
 * {@link LoadedTypeConstant} does for the non-generic constants: {@code TypeDescription.Generic}'s
 * constants ({@code OBJECT}, {@code CLASS}, {@code VOID}, {@code ANNOTATION}) become the loaded
 * types' own generic descriptions instead of reflection proxies.
 */
public final class LoadedGenericTypeConstant {

  private LoadedGenericTypeConstant() {}

  /** The signature {@code TypeDescription.Generic}'s initialiser calls. */
  protected static TypeDescription.Generic of(Class<?> type) {
    return TypeDescription.Generic.OfNonGenericType.ForLoadedType.of(type);
  }
}
