package io.baton.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.smoke.apps.logcorrelation.LogCorrelationApp;
import io.baton.smoke.harness.SmokePaths;
import io.baton.testing.AgentNoise;
import io.baton.testing.AgentProcess;
import io.baton.testing.Jdk;
import io.baton.testing.OtlpReceiver;
import io.baton.testing.ReceivedSpan;
import io.baton.testing.ReceivedSpan.Kind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An application with real Logback and Log4j 2 configurations (a synchronous and an asynchronous
 * appender each, patterns printing {@code %X{trace_id} %X{span_id} %X{trace_flags}}) and
 * java.util.logging, under the real agent jar: every line it logs while serving a servlet request
 * carries the ids of the SERVER span the collector receives; a line logged outside any request
 * carries none.
 */
class LogCorrelationSmokeTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  /** One line per framework and appender; see AppLogs and src/test/resources/logcorrelation. */
  private static final List<String> MDC_APPENDERS = List.of("LOGBACK-SYNC", "LOGBACK-ASYNC", "LOG4J-SYNC", "LOG4J-ASYNC");
  private static final String JUL = "JUL";

  @ParameterizedTest
  @EnumSource(Jdk.class)
  void logLinesInsideARequestCarryTheServerSpansIds(Jdk jdk) throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = startApp(jdk, receiver)) {
      int port = Integer.parseInt(app.awaitLine("READY ", PATIENCE).substring("READY ".length()).trim());

      for (String appender : MDC_APPENDERS) {
        assertEquals(appender + " outside trace_id= span_id= trace_flags=", line(app, appender, "outside"),
            () -> appender + " outside any request must have no ids" + app.describe());
      }
      assertEquals("JUL outside", line(app, JUL, "outside"), () -> "JUL outside any request must be unchanged" + app.describe());

      HttpResponse<String> response = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/work")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      assertEquals("ok", response.body());

      ReceivedSpan server = receiver.awaitSpan(s -> s.kind() == Kind.SERVER, "the SERVER span of GET /work", PATIENCE);
      String ids = " trace_id=" + server.traceId() + " span_id=" + server.spanId() + " trace_flags=";
      for (String appender : MDC_APPENDERS) {
        assertIdsOf(server, appender + " inside" + ids, line(app, appender, "inside"), app);
      }
      assertIdsOf(server, "JUL inside" + ids, line(app, JUL, "inside"), app);
      AgentNoise.assertNone(app);
    }
  }

  /**
   * {@code line} is {@code expected} followed by the span's trace flags. ReceivedSpan does not carry
   * the flags, so only their sampled bit (set on every exported span) is checked; the SDK may also
   * set the W3C level 2 random bit (02), which shows as {@code 03}.
   */
  private static void assertIdsOf(ReceivedSpan span, String expected, String line, AgentProcess app) {
    assertTrue(line.startsWith(expected), () -> "expected the ids of " + span + " in\n" + line + app.describe());
    String flags = line.substring(expected.length());
    assertTrue(flags.matches("[0-9a-f]{2}") && (Integer.parseInt(flags, 16) & 1) == 1,
        () -> "trace_flags must be two hex digits with the sampled bit set: " + line + app.describe());
  }

  private static AgentProcess startApp(Jdk jdk, OtlpReceiver receiver) {
    return AgentProcess.builder(jdk, LogCorrelationApp.class)
        .classpath(SmokePaths.appLibs("logcorrelation"))
        .exportTo(receiver)
        .systemProperty("logback.configurationFile", config("logback.xml"))
        .systemProperty("log4j2.configurationFile", config("log4j2.xml"))
        .systemProperty("baton.instrumentation.java-util-logging.append-trace-context", "true")
        .start();
  }

  private static String config(String file) {
    return SmokePaths.testClassesDir().resolve("logcorrelation").resolve(file).toString();
  }

  /** The whole line {@code "<appender> <message>..."}; async appenders print it later, hence the wait. */
  private static String line(AgentProcess app, String appender, String message) {
    return app.awaitLine(appender + " " + message, PATIENCE);
  }
}
