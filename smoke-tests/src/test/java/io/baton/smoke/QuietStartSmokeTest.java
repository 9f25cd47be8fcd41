package io.baton.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.baton.smoke.apps.empty.EmptyApp;
import io.baton.testing.AgentProcess;
import io.baton.testing.Jdk;
import io.baton.testing.OtlpReceiver;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A healthy agent says nothing: an app's output is the app's. */
class QuietStartSmokeTest {

  @ParameterizedTest
  @EnumSource(Jdk.class)
  void agentPrintsNothing(Jdk jdk) throws Exception {
    assertOnlyReady(AgentProcess.builder(jdk, EmptyApp.class));
  }

  @ParameterizedTest
  @EnumSource(Jdk.class)
  void disabledAgentPrintsNothing(Jdk jdk) throws Exception {
    assertOnlyReady(AgentProcess.builder(jdk, EmptyApp.class).systemProperty("otel.javaagent.enabled", "false"));
  }

  private static void assertOnlyReady(AgentProcess.Builder builder) throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver(); AgentProcess app = builder.exportTo(receiver).start()) {
      int exitCode = app.awaitExit(Duration.ofSeconds(60));

      assertEquals(0, exitCode, app::describe);
      assertEquals(List.of("READY"), app.stdout(), app::describe);
      assertEquals(List.of(), app.stderr(), app::describe);
    }
  }
}
