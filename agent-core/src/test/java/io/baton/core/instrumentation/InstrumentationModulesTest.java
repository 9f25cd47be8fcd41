package io.baton.core.instrumentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.core.config.AgentConfig;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A switched-off module is never handed to the installer, so it cannot transform any class. */
class InstrumentationModulesTest {

  private static List<String> enabledNames(Map<String, String> settings) {
    return InstrumentationModules.enabled(InstrumentationModulesTest.class.getClassLoader(), AgentConfig.of(settings))
        .stream().map(module -> module.names().get(0)).collect(Collectors.toList());
  }

  @Test
  void modulesOnTheClassPathAreFoundThroughServiceLoader() {
    assertEquals(List.of("test-greeter"), enabledNames(Map.of()));
  }

  @Test
  void disabledModuleIsNotInstalled() {
    assertTrue(enabledNames(Map.of("otel.instrumentation.test-greeter.enabled", "false")).isEmpty());
  }

  @Test
  void commonDefaultOffDisablesEveryModuleNotNamed() {
    assertTrue(enabledNames(Map.of("otel.instrumentation.common.default-enabled", "false")).isEmpty());
  }
}
