package io.baton.instrumentation.kafka;

import io.opentelemetry.api.common.AttributeKey;

/**
 * The messaging attributes of semantic conventions 1.37.0 this instrumentation writes. They are
 * still incubating, so the agent does not ship the incubating artifact; a test checks these
 * against {@code opentelemetry-semconv-incubating:1.37.0-alpha}.
 */
final class MessagingAttributes {

  static final AttributeKey<String> MESSAGING_SYSTEM = AttributeKey.stringKey("messaging.system");
  static final AttributeKey<String> MESSAGING_OPERATION_TYPE = AttributeKey.stringKey("messaging.operation.type");
  static final AttributeKey<String> MESSAGING_OPERATION_NAME = AttributeKey.stringKey("messaging.operation.name");
  static final AttributeKey<String> MESSAGING_DESTINATION_NAME =
      AttributeKey.stringKey("messaging.destination.name");
  static final AttributeKey<String> MESSAGING_DESTINATION_PARTITION_ID =
      AttributeKey.stringKey("messaging.destination.partition.id");
  static final AttributeKey<Long> MESSAGING_KAFKA_OFFSET = AttributeKey.longKey("messaging.kafka.offset");
  static final AttributeKey<String> MESSAGING_KAFKA_MESSAGE_KEY = AttributeKey.stringKey("messaging.kafka.message.key");
  static final AttributeKey<Boolean> MESSAGING_KAFKA_MESSAGE_TOMBSTONE =
      AttributeKey.booleanKey("messaging.kafka.message.tombstone");
  static final AttributeKey<String> MESSAGING_CONSUMER_GROUP_NAME =
      AttributeKey.stringKey("messaging.consumer.group.name");
  static final AttributeKey<String> MESSAGING_CLIENT_ID = AttributeKey.stringKey("messaging.client.id");
  static final AttributeKey<Long> MESSAGING_BATCH_MESSAGE_COUNT = AttributeKey.longKey("messaging.batch.message_count");

  /** messaging.system value for Kafka. */
  static final String KAFKA = "kafka";

  /** messaging.operation.type values. */
  static final String SEND = "send";
  static final String RECEIVE = "receive";
  static final String PROCESS = "process";

  /** messaging.operation.name of a poll (Kafka's name for a receive). */
  static final String POLL = "poll";

  private MessagingAttributes() {}
}
