package io.baton.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AgentNoiseTest {

  @Test
  void flagsWhatAnAgentCausesAndKeepsTheAppsOwnLines() {
    List<String> noise = List.of(
        "OpenJDK 64-Bit Server VM warning: Sharing is only supported for boot loader classes because bootstrap classpath has been appended",
        "[baton] WARN agent failed to start, the application runs untraced: java.lang.NoClassDefFoundError: x",
        "[baton] ERROR exporter broke",
        "WARNING: A terminally deprecated method in sun.misc.Unsafe has been called",
        "java.lang.IllegalStateException: boom",
        "\tat io.baton.core.AgentStarter.start(AgentStarter.java:25)",
        "Caused by: java.io.IOException: closed",
        "Exception in thread \"main\" java.lang.Error");
    List<String> quiet = List.of("READY", "ISOLATION OK", "[baton] INFO started", "[baton] DEBUG started in 800 ms",
        "Error count: 0", "request handled at /api/errors");

    assertEquals(noise, AgentNoise.find(noise));
    assertEquals(List.of(), AgentNoise.find(quiet));
  }

  @Test
  void tomcatsSlowSecureRandomWarningIsTheMachinesNotTheAgents() {
    List<String> tomcat = List.of(
        "WARNING: Creation of SecureRandom instance for session ID generation using [SHA1PRNG] took [117] milliseconds.");
    List<String> other = List.of("WARNING: Creation of SecureRandom instance failed");

    assertEquals(List.of(), AgentNoise.find(tomcat));
    assertEquals(other, AgentNoise.find(other));
  }

  @Test
  void toleratesWhatTheAppItselfPrints() {
    List<String> kafka = List.of("WARNING: sun.misc.Unsafe::objectFieldOffset has been called by org.apache.kafka.X");
    assertEquals(List.of(), AgentNoise.find(kafka, Pattern.compile("org\\.apache\\.kafka")));
  }
}
