package io.baton.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  @Test
  void configurationFileSettingsComeAfterSystemPropertiesAndEnvironment(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("agent.properties");
    Files.writeString(file, String.join("\n",
        "otel.service.name=from-file",
        "otel.instrumentation.jdbc.enabled=false",
        "otel.instrumentation.kafka.enabled=false",
        "otel.javaagent.debug=true"));
    Map<String, String> props = Map.of(
        "otel.javaagent.configuration-file", file.toString(), "otel.service.name", "from-property");
    Map<String, String> env = Map.of("OTEL_INSTRUMENTATION_KAFKA_ENABLED", "true");

    AgentConfig config = AgentConfig.from(props::get, env);

    assertEquals("from-property", config.getString("otel.service.name", null));
    assertTrue(config.isInstrumentationEnabled(List.of("kafka"), true), "the environment wins over the file");
    assertFalse(config.isInstrumentationEnabled(List.of("jdbc"), true), "from the file");
    assertTrue(config.debug());
    assertEquals("from-file", config.fileSettings().get("otel.service.name"), "handed to the SDK as a default");
  }

  @Test
  void configurationFileCanBeNamedInTheEnvironment(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("agent.properties");
    Files.writeString(file, "otel.instrumentation.common.default-enabled=false\n");

    AgentConfig config = AgentConfig.from(name -> null, Map.of("OTEL_JAVAAGENT_CONFIGURATION_FILE", file.toString()));

    assertFalse(config.isInstrumentationEnabled(List.of("jdbc"), true));
  }

  @Test
  void anUnreadableConfigurationFileLeavesTheOtherSettings(@TempDir Path dir) {
    Map<String, String> props = Map.of(
        "otel.javaagent.configuration-file", dir.resolve("missing.properties").toString(), "otel.javaagent.debug", "true");

    AgentConfig config = AgentConfig.from(props::get, Map.of());

    assertTrue(config.debug());
    assertTrue(config.fileSettings().isEmpty());
    assertTrue(config.configurationFileWarning().contains("missing.properties"), config.configurationFileWarning());
  }

  @Test
  void onlyFalseInTheConfigurationFileDisablesTheAgent(@TempDir Path dir) throws IOException {
    Path off = dir.resolve("off.properties");
    Files.writeString(off, "otel.javaagent.enabled = FALSE \n");
    Path on = dir.resolve("on.properties");
    Files.writeString(on, "otel.javaagent.enabled=yes\n");

    assertTrue(AgentConfig.from(Map.of("otel.javaagent.configuration-file", off.toString())::get, Map.of()).agentDisabled());
    assertFalse(AgentConfig.from(Map.of("otel.javaagent.configuration-file", on.toString())::get, Map.of()).agentDisabled());
    assertFalse(AgentConfig.from(name -> null, Map.of()).agentDisabled());
    assertNull(AgentConfig.from(name -> null, Map.of()).configurationFileWarning());
  }
}
