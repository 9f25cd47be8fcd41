package io.baton.core.bridge;

/** One baggage entry: key, value and the entry's metadata string (empty when none). */
public final class BaggageItem {

  private final String key;
  private final String value;
  private final String metadata;

  public BaggageItem(String key, String value, String metadata) {
    this.key = key;
    this.value = value;
    this.metadata = metadata == null ? "" : metadata;
  }

  public String key() {
    return key;
  }

  public String value() {
    return value;
  }

  public String metadata() {
    return metadata;
  }
}
