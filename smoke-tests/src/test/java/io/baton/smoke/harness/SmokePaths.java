package io.baton.smoke.harness;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where this module's compiled sample apps and their copied libraries are. The agent jar and the
 * logs folder reach {@code io.baton.testing.AgentProcess} as the system properties
 * {@code baton.agent.jar} and {@code baton.testing.logs.dir}, set by surefire in pom.xml.
 */
public final class SmokePaths {

  private SmokePaths() {}

  /** The compiled sample apps and their resources (e.g. logging configurations). */
  public static Path testClassesDir() {
    try {
      return Path.of(SmokePaths.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Path targetDir() {
    return testClassesDir().getParent();
  }

  /**
   * Jars the {@code app-libs-<app>} execution in smoke-tests/pom.xml copied to
   * {@code target/app-libs/<app>/}, in a stable order.
   */
  public static List<Path> appLibs(String app) {
    Path dir = targetDir().resolve("app-libs").resolve(app);
    if (!Files.isDirectory(dir)) {
      fail(dir + " does not exist: declare an app-libs-" + app
          + " execution in smoke-tests/pom.xml and run through Maven (process-test-resources copies them)");
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
