package io.baton.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.smoke.apps.httpcalls.HttpCallsApp;
import io.baton.testing.AgentProcess;
import io.baton.testing.Jdk;
import io.baton.testing.OtlpReceiver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The woven-class cache across two runs of the same app with the real agent jar: the first run
 * weaves and fills the cache in its default place (under {@code java.io.tmpdir}), the second
 * defines the classes from it and traces the same.
 */
class WeaveCacheSmokeTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final String FROM_CACHE = "(from the weave cache)";

  @TempDir Path tmpdir;

  @Test
  void theSecondRunOnJdk17IsWovenFromTheCacheAndTracesTheSame() throws Exception {
    secondRunIsWovenFromTheCacheAndTracesTheSame(Jdk.JDK17);
  }

  @Test
  void theSecondRunOnJdk25IsWovenFromTheCacheAndTracesTheSame() throws Exception {
    secondRunIsWovenFromTheCacheAndTracesTheSame(Jdk.JDK25);
  }

  private void secondRunIsWovenFromTheCacheAndTracesTheSame(Jdk jdk) throws Exception {
    Run first = run(jdk);
    assertFalse(first.stderr.stream().anyMatch(line -> line.contains(FROM_CACHE)), () -> String.join("\n", first.stderr));
    assertTrue(first.stderr.stream().anyMatch(line -> line.contains("transformed jdk.internal.net.http.")),
        () -> String.join("\n", first.stderr));
    assertTrue(cacheEntries() > 0, "the first run stored what it wove");

    Run second = run(jdk);

    assertTrue(second.stderr.stream().anyMatch(line -> line.contains("transformed jdk.internal.net.http.")
        && line.contains(FROM_CACHE)), () -> String.join("\n", second.stderr));
    assertEquals(first.spans, second.spans);
  }

  private Run run(Jdk jdk) throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = AgentProcess.builder(jdk, HttpCallsApp.class)
            .exportTo(receiver)
            .systemProperty("java.io.tmpdir", tmpdir.toString())
            .systemProperty("otel.javaagent.debug", "true")
            .start()) {
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);
      List<String> spans = receiver.awaitSpans(3, PATIENCE).stream()
          .map(span -> span.kind() + " " + span.name() + " " + span.attribute("http.request.method"))
          .sorted()
          .collect(Collectors.toList());
      return new Run(app.stderr(), spans);
    }
  }

  private long cacheEntries() throws Exception {
    try (Stream<Path> files = Files.walk(tmpdir)) {
      return files.filter(path -> path.toString().contains("baton-weave-cache-") && Files.isRegularFile(path)).count();
    }
  }

  private static final class Run {
    final List<String> stderr;
    final List<String> spans;

    Run(List<String> stderr, List<String> spans) {
      this.stderr = stderr;
      this.spans = spans;
    }
  }
}
