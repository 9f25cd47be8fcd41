package io.baton.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Output an app would not print without the agent: our warnings and errors, JVM warnings that
 * agents trigger (CDS sharing, Unsafe, dynamic loading), and stack traces. An agent must stay
 * silent unless it has something the operator must act on.
 */
public final class AgentNoise {

  private static final List<Pattern> NOISE = List.of(
      Pattern.compile(".*Sharing is only supported for boot loader classes.*"),
      Pattern.compile("^\\[baton[^\\]]*\\].*\\b(WARN|WARNING|ERROR|SEVERE)\\b.*"),
      Pattern.compile("^WARNING: .*"),
      Pattern.compile(".*VM warning: .*"),
      Pattern.compile("^\\s+at [\\w$.<>/@-]+\\(.*\\)\\s*$"),
      Pattern.compile("^Caused by: .*"),
      Pattern.compile("^Exception in thread .*"),
      Pattern.compile("^[\\w$.]+(Exception|Error)(: .*)?$"));

  /**
   * Warnings the apps print on their own. Tomcat warns when seeding the session-id
   * {@code SecureRandom} takes more than 100 ms, which depends on how busy the machine is (a CI run
   * of the shop failed on "took [117] milliseconds").
   */
  private static final List<Pattern> APPS_OWN = List.of(
      Pattern.compile("^WARNING: Creation of SecureRandom instance for session ID generation using \\[\\w+\\] took \\[\\d+\\] milliseconds\\.$"));

  private AgentNoise() {}

  public static List<String> find(List<String> lines, Pattern... tolerated) {
    List<String> noise = new ArrayList<>();
    for (String line : lines) {
      boolean isNoise = NOISE.stream().anyMatch(p -> p.matcher(line).matches())
          && APPS_OWN.stream().noneMatch(p -> p.matcher(line).matches());
      boolean isTolerated = Stream.of(tolerated).anyMatch(p -> p.matcher(line).find());
      if (isNoise && !isTolerated) {
        noise.add(line);
      }
    }
    return noise;
  }

  /** Checks stdout and stderr; {@code tolerated} lines are ones the app itself causes (e.g. Kafka's Unsafe warnings). */
  public static void assertNone(AgentProcess process, Pattern... tolerated) {
    List<String> noise = new ArrayList<>(find(process.stderr(), tolerated));
    noise.addAll(find(process.stdout(), tolerated));
    if (!noise.isEmpty()) {
      fail("agent-caused output:\n  " + String.join("\n  ", noise) + process.describe());
    }
  }
}
