package io.baton.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.smoke.apps.httpcalls.HttpCallsApp;
import io.baton.testing.AgentProcess;
import io.baton.testing.FailureMode;
import io.baton.testing.Jdk;
import io.baton.testing.OtlpReceiver;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A dead, failing or hanging collector must cost the application nothing but one warning line:
 * no blocked calls, no exception, no stream of log lines, and an exit that is not held up.
 */
class CollectorFailureSmokeTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private static List<String> warnings(AgentProcess app) {
    return app.stderr().stream().filter(line -> line.startsWith("[baton] WARN")).toList();
  }

  @Test
  void unreachableCollector() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    try (AgentProcess app = AgentProcess.builder(Jdk.JDK17, HttpCallsApp.class)
        .systemProperty("otel.exporter.otlp.endpoint", "http://127.0.0.1:" + closedPort)
        .args("200")
        .start()) {
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);

      assertEquals(200, app.stdout().stream().filter(line -> line.equals("STATUS 200")).count());
      // at most: one line when export starts failing (if the app lives long enough to see the
      // exporter give up) and the totals line at exit, which must say what was lost
      List<String> warnings = warnings(app);
      assertTrue(warnings.size() >= 1 && warnings.size() <= 2, app::describe);
      assertTrue(warnings.get(warnings.size() - 1).contains("spans lost"), app::describe);
    }
  }

  @Test
  void collectorAnsweringErrors() throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver()) {
      receiver.setFailureMode(FailureMode.UNAVAILABLE);
      try (AgentProcess app = AgentProcess.builder(Jdk.JDK17, HttpCallsApp.class).exportTo(receiver).args("200").start()) {
        assertEquals(0, app.awaitExit(PATIENCE), app::describe);

        assertEquals(200, app.stdout().stream().filter(line -> line.equals("STATUS 200")).count());
        assertTrue(warnings(app).size() <= 2, app::describe);
        assertTrue(receiver.requestCount() > 0);
      }
    }
  }

  @Test
  void hangingCollectorNeitherBlocksTheAppNorHoldsItsExit() throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver()) {
      receiver.setFailureMode(FailureMode.HANG);
      try (AgentProcess app = AgentProcess.builder(Jdk.JDK17, HttpCallsApp.class)
          .exportTo(receiver)
          // an exporter that would wait a minute: only the agent's bounded flush at exit lets
          // the app end within the test's patience
          .systemProperty("otel.exporter.otlp.timeout", "60000")
          .args("200")
          .start()) {
        assertEquals(0, app.awaitExit(PATIENCE), app::describe);

        assertEquals(200, app.stdout().stream().filter(line -> line.equals("STATUS 200")).count());
      }
    }
  }
}
