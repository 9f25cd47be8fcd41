package io.baton.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The caches behind span names and boxed attribute values: right values first, reuse second. */
class RepeatedValuesTest {

  @Test
  void aRepeatedLongIsBoxedOnce() {
    Long first = BoxedLongs.of(8080);

    assertSame(first, BoxedLongs.of(8080));
    assertEquals(8080L, first);
  }

  @Test
  void longsSharingASlotStillComeBackRight() {
    // 1024 apart: the same slot of the direct-mapped cache
    for (int round = 0; round < 3; round++) {
      assertEquals(200L, BoxedLongs.of(200));
      assertEquals(1224L, BoxedLongs.of(1224));
      assertEquals(-824L, BoxedLongs.of(-824));
      assertEquals(200L + (1L << 40), BoxedLongs.of(200L + (1L << 40)));
    }
  }

  @Test
  void aRepeatedNameIsBuiltOnce() {
    PrefixedNames names = new PrefixedNames("send ");

    String first = names.of("orders");

    assertEquals("send orders", first);
    assertSame(first, names.of(new String("orders")));
  }

  @Test
  void namesSharingASlotStillComeBackRight() {
    PrefixedNames names = new PrefixedNames("GET ");
    // "Aa" and "BB" have the same hash code, so they share every slot
    for (int round = 0; round < 3; round++) {
      assertEquals("GET Aa", names.of("Aa"));
      assertEquals("GET BB", names.of("BB"));
    }
  }
}
