package io.baton.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentConfigTest {

  @Test
  void systemPropertyWinsOverEnvironmentVariable() {
    Map<String, String> env = Map.of("OTEL_SERVICE_NAME", "from-env", "OTEL_JAVAAGENT_DEBUG", "true");
    Map<String, String> props = Map.of("otel.service.name", "from-property");
    AgentConfig config =
        new AgentConfig(name -> props.containsKey(name) ? props.get(name) : env.get(AgentConfig.toEnvName(name)));

    assertEquals("from-property", config.getString("otel.service.name", null));
    assertTrue(config.debug(), "falls back to OTEL_JAVAAGENT_DEBUG");
  }

  @Test
  void environmentNamesFollowTheOpenTelemetryMapping() {
    assertEquals("OTEL_INSTRUMENTATION_JAVA_HTTP_CLIENT_ENABLED",
        AgentConfig.toEnvName("otel.instrumentation.java-http-client.enabled"));
  }

  @Test
  void malformedBooleanKeepsTheDefault() {
    AgentConfig config = AgentConfig.of(Map.of("otel.javaagent.debug", "yes please"));

    assertFalse(config.debug());
  }

  @Test
  void listsAreTrimmedAndSkipEmptyEntries() {
    AgentConfig config = AgentConfig.of(Map.of("x", " a, ,b ,"));

    assertEquals(List.of("a", "b"), config.getList("x"));
  }

  @Test
  void instrumentationsAreOnByDefault() {
    assertTrue(AgentConfig.of(Map.of()).isInstrumentationEnabled(List.of("jdbc"), true));
  }

  @Test
  void oneInstrumentationCanBeSwitchedOff() {
    AgentConfig config = AgentConfig.of(Map.of("otel.instrumentation.jdbc.enabled", "false"));

    assertFalse(config.isInstrumentationEnabled(List.of("jdbc"), true));
    assertTrue(config.isInstrumentationEnabled(List.of("servlet"), true));
  }

  @Test
  void commonDefaultOffLeavesOnlyExplicitlyEnabledOnes() {
    AgentConfig config = AgentConfig.of(Map.of(
        "otel.instrumentation.common.default-enabled", "false",
        "otel.instrumentation.servlet.enabled", "true"));

    assertTrue(config.isInstrumentationEnabled(List.of("servlet"), true));
    assertFalse(config.isInstrumentationEnabled(List.of("jdbc"), true));
  }

  @Test
  void anyOfAModulesNamesCanSwitchIt() {
    AgentConfig config = AgentConfig.of(Map.of("otel.instrumentation.kafka-clients.enabled", "false"));

    assertFalse(config.isInstrumentationEnabled(List.of("kafka", "kafka-clients"), true));
  }

  @Test
  void modulesOffByDefaultNeedAnExplicitSwitch() {
    assertFalse(AgentConfig.of(Map.of()).isInstrumentationEnabled(List.of("extra"), false));
    assertTrue(AgentConfig.of(Map.of("otel.instrumentation.extra.enabled", "true"))
        .isInstrumentationEnabled(List.of("extra"), false));
  }
}
