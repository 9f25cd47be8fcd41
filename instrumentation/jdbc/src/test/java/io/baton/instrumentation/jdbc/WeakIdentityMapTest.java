package io.baton.instrumentation.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class WeakIdentityMapTest {

  @Test
  void findsByIdentityNotEquality() {
    WeakIdentityMap<String, String> map = new WeakIdentityMap<>();
    String key = new String("k");
    map.put(key, "v");
    assertEquals("v", map.get(key));
    assertNull(map.get(new String("k")));
    assertEquals("v", map.remove(key));
    assertNull(map.get(key));
  }

  @Test
  void aSecondPutOfTheSameKeyReplacesItsValue() {
    WeakIdentityMap<String, String> map = new WeakIdentityMap<>();
    String key = new String("statement");
    map.put(key, "prepareStatement(sql)");
    map.put(key, "prepareStatement(sql, type, concurrency)"); // a driver's overloads call each other

    assertEquals(1, map.size());
    assertEquals("prepareStatement(sql, type, concurrency)", map.get(key));
    map.remove(key);
    assertNull(map.get(key));
  }

  @Test
  void doesNotKeepKeysAlive() throws InterruptedException {
    WeakIdentityMap<Object, String> map = new WeakIdentityMap<>();
    for (int i = 0; i < 1000; i++) {
      map.put(new Object(), "statement " + i); // like statements never closed by the application
    }
    for (int attempt = 0; attempt < 50 && map.size() > 0; attempt++) {
      System.gc();
      Thread.sleep(20);
    }
    assertEquals(0, map.size());
  }
}
