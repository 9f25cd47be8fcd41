package io.baton.instrumentation.kafka;

import java.util.UUID;

/**
 * messaging.kafka.message.key: semconv wants the key's string form only when the key has an
 * unambiguous canonical one, so byte arrays and arbitrary objects are left out.
 */
final class MessageKeys {

  private MessageKeys() {}

  static String toAttribute(Object key) {
    if (key instanceof String) {
      return (String) key;
    }
    if (key instanceof Number || key instanceof UUID || key instanceof Character || key instanceof Boolean) {
      return key.toString();
    }
    return null;
  }
}
