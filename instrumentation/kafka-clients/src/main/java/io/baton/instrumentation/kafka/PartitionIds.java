package io.baton.instrumentation.kafka;

/**
 * {@code messaging.destination.partition.id} is a string; topics have few partitions, so the
 * strings of the first ones are kept instead of formatting the number for every record.
 */
final class PartitionIds {

  private static final String[] FIRST = new String[256];

  private PartitionIds() {}

  static String of(int partition) {
    if (partition < 0 || partition >= FIRST.length) {
      return Integer.toString(partition);
    }
    String id = FIRST[partition];
    if (id == null) {
      id = Integer.toString(partition); // a race only formats it twice
      FIRST[partition] = id;
    }
    return id;
  }
}
