package io.baton.core.api;

/**
 * Span names made of a fixed prefix and a value that repeats, such as {@code "send " + topic}:
 * the same few names come back for every span, so the last ones built are kept rather than
 * concatenated again for each.
 */
public final class PrefixedNames {

  private static final int SLOTS = 64;

  private final String prefix;

  /** Direct-mapped by the value's hash; a race only builds a name twice. */
  private final Name[] recent = new Name[SLOTS];

  public PrefixedNames(String prefix) {
    this.prefix = prefix;
  }

  public String of(String value) {
    int slot = value.hashCode() & (SLOTS - 1);
    Name name = recent[slot];
    if (name != null && name.value.equals(value)) {
      return name.name;
    }
    String built = prefix + value;
    recent[slot] = new Name(value, built);
    return built;
  }

  /** Final fields: safe to read from a slot another thread wrote. */
  private static final class Name {
    final String value;
    final String name;

    Name(String value, String name) {
      this.value = value;
      this.name = name;
    }
  }
}
