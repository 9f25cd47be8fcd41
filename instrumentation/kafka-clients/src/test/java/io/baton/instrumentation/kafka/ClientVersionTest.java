package io.baton.instrumentation.kafka;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.Test;

/** Each test run really exercises the client line it is named after. */
class ClientVersionTest {

  @Test
  void runsAgainstTheExpectedKafkaClientsJar() {
    // the jar, not AppInfoParser: the broker's jars on the class path carry kafka-version.properties too
    String jar = KafkaProducer.class.getProtectionDomain().getCodeSource().getLocation().getPath();
    String expected = "kafka-clients-" + System.getProperty("baton.kafka.expected.clients.version") + ".jar";
    assertTrue(jar.endsWith(expected), jar + " should be " + expected);
  }
}
