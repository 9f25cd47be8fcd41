package io.baton.smoke.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.smoke.apps.empty.EmptyApp;
import io.baton.smoke.apps.sleeper.SleeperApp;
import io.baton.testing.AgentProcess;
import io.baton.testing.Jdk;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * {@link AgentProcess} itself, without the agent: a smoke test is only as trustworthy as its
 * harness. It lives here, not in trace-testing, because it runs this module's sample apps.
 */
class AgentProcessTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  @Test
  void closeKillsTheWholeProcessTree() throws Exception {
    AgentProcess app = AgentProcess.builder(Jdk.JDK17, SleeperApp.class)
        .withoutAgent()
        .env("BATON_SMOKE_ENV", "from-test")
        .args("fork")
        .start();
    ProcessHandle child;
    try (app) {
      app.awaitLine("READY", TIMEOUT);
      assertTrue(app.stdout().contains("ENV from-test"), app::describe);
      long childPid = Long.parseLong(app.awaitLine("CHILD ", TIMEOUT).substring("CHILD ".length()));
      child = ProcessHandle.of(childPid).orElseThrow();
      assertTrue(child.isAlive());
    }
    assertFalse(app.isAlive());
    child.onExit().get(10, TimeUnit.SECONDS);
    assertFalse(child.isAlive(), "forked grandchild survived close()");
  }

  @Test
  void awaitLineFailsAsSoonAsTheAppExits() {
    try (AgentProcess app = AgentProcess.builder(Jdk.JDK17, EmptyApp.class).withoutAgent().start()) {
      long start = System.nanoTime();
      AssertionFailedError error =
          assertThrows(AssertionFailedError.class, () -> app.awaitLine("NEVER PRINTED", Duration.ofSeconds(60)));
      assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(30)) < 0, "did not wait for the timeout");
      assertTrue(error.getMessage().contains("READY"), "message shows the output: " + error.getMessage());
      assertEquals(0, app.awaitExit(TIMEOUT));
      assertEquals(List.of("READY"), app.stdout());
    }
  }

  @Test
  void awaitExitKillsAndFailsOnTimeout() {
    try (AgentProcess app = AgentProcess.builder(Jdk.JDK17, SleeperApp.class).withoutAgent().start()) {
      app.awaitLine("READY", TIMEOUT);
      assertThrows(AssertionFailedError.class, () -> app.awaitExit(Duration.ofMillis(200)));
      assertFalse(app.isAlive());
    }
  }
}
