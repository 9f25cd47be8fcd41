package io.baton.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.smoke.apps.httpcalls.HttpCallsApp;
import io.baton.testing.AgentProcess;
import io.baton.testing.Jdk;
import io.baton.testing.OtlpReceiver;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * otel.instrumentation.[name].enabled=false leaves the library's classes untouched: not just no
 * spans, no transformation either (the debug log lists every class the agent transforms).
 */
class InstrumentationSwitchSmokeTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);
  private static final String HTTP_CLIENT_IMPL = "transformed jdk.internal.net.http.HttpClientImpl";

  private static AgentProcess run(OtlpReceiver receiver, String javaHttpClientEnabled) {
    return AgentProcess.builder(Jdk.JDK17, HttpCallsApp.class)
        .exportTo(receiver)
        .systemProperty("otel.javaagent.debug", "true")
        .systemProperty("otel.instrumentation.java-http-client.enabled", javaHttpClientEnabled)
        .start();
  }

  @Test
  void enabledInstrumentationTransformsItsClassesAndTraces() throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver(); AgentProcess app = run(receiver, "true")) {
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);

      assertTrue(app.stderr().stream().anyMatch(line -> line.contains(HTTP_CLIENT_IMPL)), app::describe);
      assertEquals(3, receiver.awaitSpans(3, PATIENCE).size());
    }
  }

  @Test
  void disabledInstrumentationTransformsNothingAndTracesNothing() throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver(); AgentProcess app = run(receiver, "false")) {
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);

      assertFalse(app.stderr().stream().anyMatch(line -> line.contains("jdk.internal.net.http")), app::describe);
      assertTrue(app.stderr().stream().anyMatch(line -> line.contains("java-http-client disabled")), app::describe);
      assertTrue(receiver.spans().isEmpty(), () -> receiver.spans().toString());
    }
  }
}
