package io.baton.core.instrumentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.core.config.AgentConfig;
import io.baton.core.fixture.advice.GreeterModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which cache directory a run uses: a new one whenever something that decides the weaving changed. */
class WeaveCachesTest {

  private static final AgentConfig NO_SETTINGS = AgentConfig.of(Map.of());

  @TempDir Path temp;

  @Test
  void aRebuiltAgentJarGetsItsOwnDirectory() throws Exception {
    Path jar = Files.write(temp.resolve("baton-agent.jar"), new byte[] {1, 2, 3});
    String before = WeaveCaches.fingerprint(jar, List.of(new GreeterModule()), NO_SETTINGS);

    Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 1_000));

    assertNotEquals(before, WeaveCaches.fingerprint(jar, List.of(new GreeterModule()), NO_SETTINGS));
  }

  @Test
  void anotherSetOfModulesGetsItsOwnDirectory() throws Exception {
    Path jar = Files.write(temp.resolve("baton-agent.jar"), new byte[] {1, 2, 3});

    assertNotEquals(
        WeaveCaches.fingerprint(jar, List.of(new GreeterModule()), NO_SETTINGS),
        WeaveCaches.fingerprint(jar, List.of(), NO_SETTINGS));
  }

  @Test
  void anInstrumentationSettingChangesTheDirectoryAndOtherSettingsDoNot() throws Exception {
    Path jar = Files.write(temp.resolve("baton-agent.jar"), new byte[] {1, 2, 3});
    String plain = WeaveCaches.fingerprint(jar, List.of(new GreeterModule()), NO_SETTINGS);
    try {
      System.setProperty("otel.service.name", "weave-caches-test");
      System.setProperty("baton.weave-cache.dir", temp.toString());
      assertEquals(plain, WeaveCaches.fingerprint(jar, List.of(new GreeterModule()), NO_SETTINGS));

      System.setProperty("otel.instrumentation.test-greeter.some-setting", "on");
      assertNotEquals(plain, WeaveCaches.fingerprint(jar, List.of(new GreeterModule()), NO_SETTINGS));
    } finally {
      System.clearProperty("otel.service.name");
      System.clearProperty("baton.weave-cache.dir");
      System.clearProperty("otel.instrumentation.test-greeter.some-setting");
    }
  }

  @Test
  void itIsOnByDefaultAndTurnedOffNothingIsWritten() throws Exception {
    Path jar = Files.write(temp.resolve("baton-agent.jar"), new byte[] {1, 2, 3});
    Path root = temp.resolve("cache");
    AgentConfig inRoot = AgentConfig.of(Map.of(WeaveCaches.DIRECTORY, root.toString()));
    AgentConfig off = AgentConfig.of(Map.of(WeaveCaches.ENABLED, "false", WeaveCaches.DIRECTORY, root.toString()));

    assertFalse(WeaveCaches.open(off, List.of(), jar).isOn());
    assertFalse(Files.exists(root));

    assertTrue(WeaveCaches.open(inRoot, List.of(), jar).isOn());
    assertTrue(Files.isDirectory(root));
  }
}
