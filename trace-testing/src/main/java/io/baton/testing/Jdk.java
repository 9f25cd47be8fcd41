package io.baton.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JDKs a sample app runs on. Use with {@code @ParameterizedTest @EnumSource(Jdk.class)}; a
 * JDK that is not installed skips its test instead of failing it.
 */
public enum Jdk {
  /** The JVM running the tests (Java 17 in this build). */
  JDK17 {
    @Override
    String configuredHome() {
      return System.getProperty("java.home");
    }
  },
  /** Set by surefire from the {@code baton.jdk25.home} Maven property. */
  JDK25 {
    @Override
    String configuredHome() {
      return System.getProperty("baton.jdk25.home");
    }
  };

  abstract String configuredHome();

  /** The {@code java} launcher; skips the calling test when this JDK is absent. */
  public Path javaExecutable() {
    String home = configuredHome();
    Path java = home == null ? null : Path.of(home, "bin", "java");
    assumeTrue(java != null && Files.isExecutable(java), () -> name() + " not found (home: " + home + "); skipped");
    return java;
  }
}
