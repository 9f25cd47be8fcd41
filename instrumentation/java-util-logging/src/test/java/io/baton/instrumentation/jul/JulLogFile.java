package io.baton.instrumentation.jul;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.LogManager;

/** The application's logging.properties (src/test/resources) and the file its FileHandler writes. */
final class JulLogFile {

  private static final Path FILE = Path.of("target/jul-test.log");

  private JulLogFile() {}

  static void configure() throws IOException {
    try (InputStream properties = JulLogFile.class.getResourceAsStream("/test-logging.properties")) {
      LogManager.getLogManager().readConfiguration(properties);
    }
  }

  static String lastLine() throws IOException {
    List<String> lines = Files.readAllLines(FILE);
    return lines.isEmpty() ? null : lines.get(lines.size() - 1);
  }
}
