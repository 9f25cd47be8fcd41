package io.opentelemetry.sdk.common.internal;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import java.util.Arrays;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Takes the place of the SDK's {@code AttributesMap}, the attributes of a span or log record while
 * it is being recorded: the agent jar holds this class under that name (see {@code
 * AgentJarWriter}), with the same methods and behaviour. The SDK's map starts every span with four
 * arrays of 16 slots (names, keys, values and a 32-slot hash table), about 430 bytes, the largest
 * single allocation of a traced request in the benchmark. Here keys and values alternate in one
 * array (144 bytes for 16 attributes), searched linearly by name, which for the 4 to 13 attributes
 * of a span is as quick as hashing; past {@link #LINEAR_SEARCH_LIMIT} attributes an index by name
 * keeps large maps from turning every put into a scan.
 *
 * <p>No nested or anonymous classes: the build renames this class alone.
 */
public final class CompactAttributesMap implements Attributes {

  private static final int INITIAL_ENTRIES = 16;
  private static final int LINEAR_SEARCH_LIMIT = 16;
  // the largest array the JDK reliably allocates, halved: two slots an entry
  private static final int MAX_ENTRIES = (Integer.MAX_VALUE - 8) / 2;

  private final int capacity;
  private final int lengthLimit;
  private int totalAddedValues;
  private int size;
  private int modCount;
  /** Key of entry i at 2i, its value at 2i + 1, in insertion order. */
  private Object[] entries;
  /** Entry index by attribute name; null until the map outgrows the linear search. */
  private Map<String, Integer> indexByName;

  private CompactAttributesMap(long capacity, int lengthLimit) {
    this.capacity = (int) Math.min(capacity, Integer.MAX_VALUE);
    this.lengthLimit = lengthLimit;
    this.entries = new Object[2 * (int) Math.min(capacity, INITIAL_ENTRIES)];
  }

  /** A map that keeps at most {@code capacity} attributes, values cut to {@code lengthLimit}. */
  public static CompactAttributesMap create(long capacity, int lengthLimit) {
    return new CompactAttributesMap(capacity, lengthLimit);
  }

  /**
   * Stores {@code value} under {@code key}'s name, replacing the key and value already there, and
   * returns the value replaced. A new name past the capacity is counted but dropped, as is a null
   * value.
   */
  public Object put(AttributeKey<?> key, Object value) {
    if (value == null) {
      return null;
    }
    String name = key.getKey();
    int index = indexOf(key, name);
    if (index < 0) {
      totalAddedValues++;
      if (size >= capacity) {
        return null;
      }
    }
    Object limited = AttributeUtil.applyAttributeLengthLimit(value, lengthLimit);
    Object previous = null;
    if (index < 0) {
      index = append(name);
    } else {
      previous = entries[2 * index + 1];
    }
    modCount++;
    entries[2 * index] = key;
    entries[2 * index + 1] = limited;
    return previous;
  }

  public <T> void putIfCapacity(AttributeKey<T> key, T value) {
    put(key, value);
  }

  /** Every attribute put with a new name, including those dropped for want of capacity. */
  public int getTotalAddedValues() {
    return totalAddedValues;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T get(AttributeKey<T> key) {
    int index = indexOf(key, key.getKey());
    if (index < 0) {
      return null;
    }
    AttributeKey<?> stored = (AttributeKey<?>) entries[2 * index];
    // same name, other type (a string key asked for a long): not this attribute
    if (!stored.getType().equals(key.getType())) {
      return null;
    }
    return (T) entries[2 * index + 1];
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public Map<AttributeKey<?>, Object> asMap() {
    Map<AttributeKey<?>, Object> map = new HashMap<>(size);
    for (int i = 0; i < size; i++) {
      map.put((AttributeKey<?>) entries[2 * i], entries[2 * i + 1]);
    }
    return Collections.unmodifiableMap(map);
  }

  @Override
  public AttributesBuilder toBuilder() {
    return Attributes.builder().putAll(this);
  }

  @Override
  public void forEach(BiConsumer<? super AttributeKey<?>, ? super Object> consumer) {
    int expectedModCount = modCount;
    for (int i = 0; i < size; i++) {
      consumer.accept((AttributeKey<?>) entries[2 * i], entries[2 * i + 1]);
    }
    if (modCount != expectedModCount) {
      throw new ConcurrentModificationException();
    }
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof CompactAttributesMap && asMap().equals(((CompactAttributesMap) other).asMap());
  }

  @Override
  public int hashCode() {
    return asMap().hashCode();
  }

  @Override
  public String toString() {
    // the SDK's wording, which log lines and the logging exporter show
    return "AttributesMap{data=" + asMap() + ", capacity=" + capacity + ", totalAddedValues=" + totalAddedValues + '}';
  }

  /** What the span keeps once it has ended, and what the exporter reads. */
  public Attributes immutableCopy() {
    return Attributes.builder().putAll(this).build();
  }

  private int indexOf(AttributeKey<?> key, String name) {
    if (indexByName != null) {
      Integer index = indexByName.get(name);
      return index == null ? -1 : index;
    }
    for (int i = 0; i < size; i++) {
      AttributeKey<?> stored = (AttributeKey<?>) entries[2 * i];
      // instrumentation reuses its key constants: identity settles most comparisons
      if (stored == key || stored.getKey().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** Makes room for one more entry, named {@code name}, and returns its index. */
  private int append(String name) {
    if (2 * size == entries.length) {
      int entryCount = (int) Math.min(2L * size, Math.min(capacity, MAX_ENTRIES));
      entries = Arrays.copyOf(entries, 2 * entryCount);
    }
    int index = size++;
    if (indexByName != null) {
      indexByName.put(name, index);
    } else if (size > LINEAR_SEARCH_LIMIT) {
      indexByName = new HashMap<>(2 * size);
      for (int i = 0; i < size - 1; i++) {
        indexByName.put(((AttributeKey<?>) entries[2 * i]).getKey(), i);
      }
      indexByName.put(name, index);
    }
    return index;
  }
}
