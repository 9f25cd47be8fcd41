package io.baton.smoke.harness;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the agent jar, the compiled sample apps and their copied libraries are. */
public final class SmokePaths {

  private SmokePaths() {}

  /** The sample apps live here, so it is the base of every child class path. */
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

  public static Path logsDir() {
    return targetDir().resolve("smoke-logs");
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

  /** Surefire passes {@code baton.agent.jar}; the fallback serves runs from an IDE. */
  public static Path agentJar() {
    String configured = System.getProperty("baton.agent.jar");
    Path jar = configured != null
        ? Path.of(configured)
        : targetDir().getParent().getParent().resolve("agent/target/baton-agent.jar");
    if (!Files.isRegularFile(jar)) {
      fail("agent jar not found at " + jar.normalize() + "; build it with: mvn -pl smoke-tests -am package");
    }
    return jar.normalize();
  }
}
