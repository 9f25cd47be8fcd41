package io.baton.instrumentation.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.opentelemetry.semconv.incubating.MessagingIncubatingAttributes;
import io.opentelemetry.semconv.incubating.MessagingIncubatingAttributes.MessagingOperationTypeIncubatingValues;
import io.opentelemetry.semconv.incubating.MessagingIncubatingAttributes.MessagingSystemIncubatingValues;
import org.junit.jupiter.api.Test;

/** Our copies of the incubating messaging attributes are the ones semconv 1.37.0 defines. */
class MessagingAttributesTest {

  @Test
  void keysMatchSemconv137() {
    assertEquals(MessagingIncubatingAttributes.MESSAGING_SYSTEM, MessagingAttributes.MESSAGING_SYSTEM);
    assertEquals(MessagingIncubatingAttributes.MESSAGING_OPERATION_TYPE, MessagingAttributes.MESSAGING_OPERATION_TYPE);
    assertEquals(MessagingIncubatingAttributes.MESSAGING_OPERATION_NAME, MessagingAttributes.MESSAGING_OPERATION_NAME);
    assertEquals(MessagingIncubatingAttributes.MESSAGING_DESTINATION_NAME, MessagingAttributes.MESSAGING_DESTINATION_NAME);
    assertEquals(
        MessagingIncubatingAttributes.MESSAGING_DESTINATION_PARTITION_ID,
        MessagingAttributes.MESSAGING_DESTINATION_PARTITION_ID);
    assertEquals(MessagingIncubatingAttributes.MESSAGING_KAFKA_OFFSET, MessagingAttributes.MESSAGING_KAFKA_OFFSET);
    assertEquals(MessagingIncubatingAttributes.MESSAGING_KAFKA_MESSAGE_KEY, MessagingAttributes.MESSAGING_KAFKA_MESSAGE_KEY);
    assertEquals(
        MessagingIncubatingAttributes.MESSAGING_KAFKA_MESSAGE_TOMBSTONE,
        MessagingAttributes.MESSAGING_KAFKA_MESSAGE_TOMBSTONE);
    assertEquals(
        MessagingIncubatingAttributes.MESSAGING_CONSUMER_GROUP_NAME, MessagingAttributes.MESSAGING_CONSUMER_GROUP_NAME);
    assertEquals(MessagingIncubatingAttributes.MESSAGING_CLIENT_ID, MessagingAttributes.MESSAGING_CLIENT_ID);
    assertEquals(
        MessagingIncubatingAttributes.MESSAGING_BATCH_MESSAGE_COUNT, MessagingAttributes.MESSAGING_BATCH_MESSAGE_COUNT);
  }

  @Test
  void valuesMatchSemconv137() {
    assertEquals(MessagingSystemIncubatingValues.KAFKA, MessagingAttributes.KAFKA);
    assertEquals(MessagingOperationTypeIncubatingValues.SEND, MessagingAttributes.SEND);
    assertEquals(MessagingOperationTypeIncubatingValues.RECEIVE, MessagingAttributes.RECEIVE);
    assertEquals(MessagingOperationTypeIncubatingValues.PROCESS, MessagingAttributes.PROCESS);
  }
}
