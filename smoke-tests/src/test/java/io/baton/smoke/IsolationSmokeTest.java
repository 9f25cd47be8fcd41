package io.baton.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.smoke.apps.isolation.IsolationApp;
import io.baton.smoke.harness.SmokePaths;
import io.baton.testing.AgentNoise;
import io.baton.testing.AgentProcess;
import io.baton.testing.Jdk;
import io.baton.testing.OtlpReceiver;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An app with its own, older OpenTelemetry, Byte Buddy and OkHttp sees only those under the agent. */
class IsolationSmokeTest {

  @ParameterizedTest
  @EnumSource(Jdk.class)
  void appSeesOnlyItsOwnLibraries(Jdk jdk) throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = AgentProcess.builder(jdk, IsolationApp.class)
            .classpath(SmokePaths.appLibs("isolation"))
            .exportTo(receiver)
            .start()) {
      int exitCode = app.awaitExit(Duration.ofSeconds(60));

      assertEquals(0, exitCode, () -> "isolation checks failed" + app.describe());
      assertTrue(app.stdout().contains("ISOLATION OK"), app::describe);
      AgentNoise.assertNone(app);
    }
  }
}
