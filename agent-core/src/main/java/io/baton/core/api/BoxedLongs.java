package io.baton.core.api;

/**
 * Boxes long attribute values that repeat from span to span (status codes, server ports): a span
 * attribute is stored as an object, and boxing 200 or 8080 anew for every request is garbage the
 * application pays for. Values that rarely repeat (offsets, ephemeral ports) gain nothing here.
 */
public final class BoxedLongs {

  private static final int SLOTS = 1024;

  /**
   * Direct-mapped and unsynchronised: a race only boxes a value twice, and a {@code Long} is
   * immutable, so any thread may read a slot another wrote.
   */
  private static final Long[] RECENT = new Long[SLOTS];

  private BoxedLongs() {}

  public static Long of(long value) {
    int slot = (int) value & (SLOTS - 1);
    Long recent = RECENT[slot];
    if (recent != null && recent == value) {
      return recent;
    }
    Long boxed = value;
    RECENT[slot] = boxed;
    return boxed;
  }
}
