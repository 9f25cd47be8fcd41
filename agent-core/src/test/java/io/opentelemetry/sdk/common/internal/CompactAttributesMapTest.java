package io.opentelemetry.sdk.common.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The agent jar swaps the SDK's {@code AttributesMap} for {@link CompactAttributesMap}, so every
 * answer the SDK can get from one it must get from the other: the same operations are played on
 * both and compared after each step.
 */
class CompactAttributesMapTest {

  /** 40 names, some of them under two types, so that replacing and type mismatches happen. */
  private static final List<AttributeKey<?>> KEYS = keys();

  @Test
  void behavesLikeTheSdkMapOverRandomOperations() {
    Random random = new Random(20261203);
    for (int run = 0; run < 400; run++) {
      long capacity = random.nextInt(5) == 0 ? 128 : random.nextInt(48);
      int lengthLimit = random.nextBoolean() ? Integer.MAX_VALUE : random.nextInt(8);
      AttributesMap sdk = AttributesMap.create(capacity, lengthLimit);
      CompactAttributesMap ours = CompactAttributesMap.create(capacity, lengthLimit);
      int operations = random.nextInt(120);
      for (int i = 0; i < operations; i++) {
        AttributeKey<?> key = KEYS.get(random.nextInt(KEYS.size()));
        Object value = random.nextInt(20) == 0 ? null : valueFor(key, random);
        String step = "run " + run + " (capacity " + capacity + ", length limit " + lengthLimit + "), step " + i
            + ": put " + key + "=" + value;

        assertEquals(sdk.put(key, value), ours.put(key, value), step);
        assertSameContents(sdk, ours, step);
      }
    }
  }

  @Test
  void aNewNamePastTheCapacityIsCountedButDropped() {
    CompactAttributesMap map = CompactAttributesMap.create(2, Integer.MAX_VALUE);
    map.put(AttributeKey.stringKey("a"), "1");
    map.put(AttributeKey.stringKey("b"), "2");

    assertNull(map.put(AttributeKey.stringKey("c"), "3"));
    assertEquals("2", map.put(AttributeKey.stringKey("b"), "two"));

    assertEquals(2, map.size());
    assertEquals(3, map.getTotalAddedValues());
    assertNull(map.get(AttributeKey.stringKey("c")));
  }

  @Test
  void aLargeMapFindsEveryNameOnceItIsIndexed() {
    CompactAttributesMap map = CompactAttributesMap.create(1000, Integer.MAX_VALUE);
    for (int i = 0; i < 500; i++) {
      map.put(AttributeKey.longKey("attribute." + i), (long) i);
    }
    for (int i = 0; i < 500; i += 2) {
      map.put(AttributeKey.longKey("attribute." + i), -1L);
    }

    assertEquals(500, map.size());
    assertEquals(500, map.getTotalAddedValues());
    assertEquals(-1L, map.get(AttributeKey.longKey("attribute.498")));
    assertEquals(499L, map.get(AttributeKey.longKey("attribute.499")));
    assertNull(map.get(AttributeKey.longKey("attribute.500")));
  }

  @Test
  void changingTheMapWhileWalkingItFails() {
    CompactAttributesMap map = CompactAttributesMap.create(128, Integer.MAX_VALUE);
    map.put(AttributeKey.stringKey("a"), "1");
    map.put(AttributeKey.stringKey("b"), "2");

    assertThrows(ConcurrentModificationException.class,
        () -> map.forEach((key, value) -> map.put(AttributeKey.stringKey("c"), "3")));
  }

  private static void assertSameContents(AttributesMap sdk, CompactAttributesMap ours, String step) {
    assertEquals(sdk.size(), ours.size(), step);
    assertEquals(sdk.isEmpty(), ours.isEmpty(), step);
    assertEquals(sdk.getTotalAddedValues(), ours.getTotalAddedValues(), step);
    assertEquals(inOrder(sdk), inOrder(ours), step);
    assertEquals(sdk.asMap(), ours.asMap(), step);
    assertEquals(sdk.toString(), ours.toString(), step);
    assertEquals(sdk.hashCode(), ours.hashCode(), step);
    assertEquals(sdk.immutableCopy(), ours.immutableCopy(), step);
    assertEquals(sdk.toBuilder().build(), ours.toBuilder().build(), step);
    for (AttributeKey<?> key : KEYS) {
      assertEquals(sdk.get(key), ours.get(key), step + ", get " + key);
    }
  }

  private static List<String> inOrder(Attributes attributes) {
    List<String> entries = new ArrayList<>();
    attributes.forEach((key, value) -> entries.add(key.getType() + " " + key + "=" + value));
    return entries;
  }

  private static Object valueFor(AttributeKey<?> key, Random random) {
    switch (key.getType()) {
      case STRING:
        return "value-" + random.nextInt(1000);
      case LONG:
        return (long) random.nextInt(1000);
      case BOOLEAN:
        return random.nextBoolean();
      case STRING_ARRAY:
        return List.of("first-" + random.nextInt(100), "second");
      default:
        throw new AssertionError(key.getType());
    }
  }

  private static List<AttributeKey<?>> keys() {
    List<AttributeKey<?>> keys = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String name = "attribute." + i;
      switch (i % 4) {
        case 0:
          keys.add(AttributeKey.stringKey(name));
          break;
        case 1:
          keys.add(AttributeKey.longKey(name));
          break;
        case 2:
          keys.add(AttributeKey.booleanKey(name));
          break;
        default:
          keys.add(AttributeKey.stringArrayKey(name));
      }
      if (i % 5 == 0) {
        keys.add(AttributeKey.stringKey(name)); // a second key object for the same name
        keys.add(AttributeKey.longKey(name)); // the same name under another type
      }
    }
    return keys;
  }
}
