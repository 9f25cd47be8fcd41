package io.baton.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.smoke.apps.httpcalls.HttpCallsApp;
import io.baton.testing.AgentNoise;
import io.baton.testing.AgentProcess;
import io.baton.testing.Jdk;
import io.baton.testing.OtlpProtocol;
import io.baton.testing.OtlpReceiver;
import io.baton.testing.ReceivedSpan;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The standard otel.* settings and OTEL_* variables mean what they mean under OpenTelemetry. */
class ConfigurationSmokeTest {

  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private static AgentProcess.Builder app(Jdk jdk, OtlpReceiver receiver) {
    return AgentProcess.builder(jdk, HttpCallsApp.class).exportTo(receiver);
  }

  @ParameterizedTest
  @EnumSource(Jdk.class)
  void serviceNameAndResourceAttributesFromSystemProperties(Jdk jdk) throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = app(jdk, receiver)
            .systemProperty("otel.service.name", "checkout")
            .systemProperty("otel.resource.attributes", "deployment.environment.name=test,team=payments")
            .start()) {
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);
      ReceivedSpan span = receiver.awaitSpans(3, PATIENCE).get(0);

      assertEquals("checkout", span.resourceAttribute("service.name"));
      assertEquals("test", span.resourceAttribute("deployment.environment.name"));
      assertEquals("payments", span.resourceAttribute("team"));
      assertEquals(ReceivedSpan.Kind.CLIENT, span.kind());
      AgentNoise.assertNone(app);
    }
  }

  @Test
  void configurationFileFeedsTheSdkAndTheInstrumentationsBelowSystemProperties(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("otel.properties");
    Files.writeString(file, String.join("\n",
        "otel.service.name=from-file",
        "otel.resource.attributes=team=files",
        "otel.instrumentation.common.peer-service-mapping=127.0.0.1=ping-service"));
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = app(Jdk.JDK17, receiver)
            .systemProperty("otel.javaagent.configuration-file", file.toString())
            .systemProperty("otel.service.name", "from-property")
            .start()) {
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);
      ReceivedSpan span = receiver.awaitSpans(3, PATIENCE).get(0);

      assertEquals("from-property", span.resourceAttribute("service.name"));
      assertEquals("files", span.resourceAttribute("team"));
      assertEquals("ping-service", span.attribute("peer.service"));
      AgentNoise.assertNone(app);
    }
  }

  @Test
  void configurationFileCanSwitchTheAgentOff(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("otel.properties");
    Files.writeString(file, "otel.javaagent.enabled=false\n");
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = app(Jdk.JDK17, receiver)
            .systemProperty("otel.javaagent.configuration-file", file.toString())
            .start()) {
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);

      assertRanUntracedAndQuiet(app, receiver);
    }
  }

  @Test
  void extensionsOfTheOpenTelemetryAgentAreNotLoadedAndSayItOnce() throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = app(Jdk.JDK17, receiver)
            .systemProperty("otel.javaagent.extensions", "/opt/otel/extensions/custom-sampler.jar")
            .start()) {
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);

      assertEquals(3, receiver.awaitSpans(3, PATIENCE).size());
      List<String> warnings = app.stderr().stream().filter(line -> line.startsWith("[baton] WARN")).toList();
      assertEquals(1, warnings.size(), app::describe);
      assertTrue(warnings.get(0).contains("otel.javaagent.extensions"), warnings::toString);
    }
  }

  @Test
  void anUnreadableConfigurationFileCostsOneWarningUnlessLoggingIsOff(@TempDir Path dir) throws Exception {
    String missing = dir.resolve("missing.properties").toString();
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess warned = app(Jdk.JDK17, receiver)
            .systemProperty("otel.javaagent.configuration-file", missing)
            .start();
        AgentProcess silent = app(Jdk.JDK17, receiver)
            .systemProperty("otel.javaagent.configuration-file", missing)
            .systemProperty("otel.javaagent.logging", "none")
            .start()) {
      assertEquals(0, warned.awaitExit(PATIENCE), warned::describe);
      assertEquals(0, silent.awaitExit(PATIENCE), silent::describe);

      assertEquals(6, receiver.awaitSpans(6, PATIENCE).size(), "both apps are traced on the other settings");
      List<String> warnings = warned.stderr().stream().filter(line -> line.startsWith("[baton] WARN")).toList();
      assertEquals(1, warnings.size(), warned::describe);
      assertTrue(warnings.get(0).contains(missing), warnings::toString);
      assertTrue(silent.stderr().stream().noneMatch(line -> line.contains("[baton]")), silent::describe);
    }
  }

  @ParameterizedTest
  @EnumSource(Jdk.class)
  void resourceDescribesHostOsProcessAndRuntimeAsTheOpenTelemetryAgentDoes(Jdk jdk) throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver(); AgentProcess app = app(jdk, receiver).start()) {
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);
      ReceivedSpan span = receiver.awaitSpans(1, PATIENCE).get(0);

      assertEquals(InetAddress.getLocalHost().getHostName(), span.resourceAttribute("host.name"));
      assertEquals("linux", span.resourceAttribute("os.type"));
      assertEquals(String.valueOf(app.pid()), String.valueOf(span.resourceAttribute("process.pid")));
      assertEquals("OpenJDK Runtime Environment", span.resourceAttribute("process.runtime.name"));
      assertTrue(String.valueOf(span.resourceAttribute("process.runtime.version")).startsWith(jdk == Jdk.JDK17 ? "17." : "25"),
          () -> "runtime version " + span.resourceAttribute("process.runtime.version"));
      assertTrue(String.valueOf(span.resourceAttribute("process.executable.path")).endsWith("/bin/java"),
          () -> "executable " + span.resourceAttribute("process.executable.path"));
      AgentNoise.assertNone(app);
    }
  }

  @Test
  void aResourceDetectorIsSwitchedOffByItsOpenTelemetryClassName() throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = app(Jdk.JDK17, receiver)
            .systemProperty("otel.java.disabled.resource.providers",
                "io.opentelemetry.instrumentation.resources.HostResourceProvider")
            .start()) {
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);
      ReceivedSpan span = receiver.awaitSpans(1, PATIENCE).get(0);

      assertNull(span.resourceAttribute("host.name"), "the host detector is off");
      assertEquals("linux", span.resourceAttribute("os.type"), "the other detectors still run");
    }
  }

  @Test
  void systemPropertyWinsOverEnvironmentVariable() throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = app(Jdk.JDK17, receiver)
            .env("OTEL_SERVICE_NAME", "from-env")
            .env("OTEL_RESOURCE_ATTRIBUTES", "origin=env")
            .systemProperty("otel.service.name", "from-property")
            .start()) {
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);
      ReceivedSpan span = receiver.awaitSpans(1, PATIENCE).get(0);

      assertEquals("from-property", span.resourceAttribute("service.name"));
      assertEquals("env", span.resourceAttribute("origin"), "the variable still applies where no property is set");
    }
  }

  @ParameterizedTest
  @EnumSource(Jdk.class)
  void exportsOverGrpcWhenAsked(Jdk jdk) throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = AgentProcess.builder(jdk, HttpCallsApp.class)
            .exportTo(receiver, OtlpProtocol.GRPC)
            .start()) {
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);

      assertEquals(3, receiver.awaitSpans(3, PATIENCE).size());
      AgentNoise.assertNone(app);
    }
  }

  @Test
  void gzipCompressionAndHeadersAreAccepted() throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = app(Jdk.JDK17, receiver)
            .systemProperty("otel.exporter.otlp.compression", "gzip")
            .systemProperty("otel.exporter.otlp.headers", "x-api-key=secret")
            .start()) {
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);

      assertEquals(3, receiver.awaitSpans(3, PATIENCE).size());
    }
  }

  @Test
  void alwaysOffSamplerExportsNothing() throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = app(Jdk.JDK17, receiver)
            .systemProperty("otel.traces.sampler", "always_off")
            .start()) {
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);

      assertTrue(receiver.spans().isEmpty(), () -> "unexpected spans " + receiver.spans());
      assertEquals(3, app.stdout().stream().filter(line -> line.equals("STATUS 200")).count());
    }
  }

  @Test
  void disabledSdkExportsAndPropagatesNothingWhileTheAppRuns() throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = app(Jdk.JDK17, receiver).systemProperty("otel.sdk.disabled", "true").start()) {
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);

      assertEquals(0, receiver.requestCount());
      assertEquals(3, app.stdout().stream().filter(line -> line.equals("STATUS 200")).count());
      assertEquals(3, app.stdout().stream().filter(line -> line.equals("TRACEPARENT none")).count(), app::describe);
      AgentNoise.assertNone(app);
    }
  }

  @Test
  void knownMethodsSettingReplacesTheSemconvList() throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = app(Jdk.JDK17, receiver)
            .systemProperty("otel.instrumentation.http.known-methods", "POST,PROPFIND")
            .start()) {
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);
      ReceivedSpan get = receiver.awaitSpans(3, PATIENCE).get(0);

      assertEquals("HTTP", get.name());
      assertEquals("_OTHER", get.attribute("http.request.method"));
      assertEquals("GET", get.attribute("http.request.method_original"));
    }
  }

  @Test
  void excludedClassesAreLeftUninstrumented() throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = app(Jdk.JDK17, receiver)
            .systemProperty("otel.javaagent.exclude-classes", "com.example.Unused,jdk.internal.net.http.*")
            .start()) {
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);

      assertRanUntracedAndQuiet(app, receiver);
    }
  }

  @Test
  void ratioSamplerKeepsAboutThatShareOfTraces() throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = app(Jdk.JDK17, receiver)
            .systemProperty("otel.traces.sampler", "traceidratio")
            .systemProperty("otel.traces.sampler.arg", "0.5")
            .args("400")
            .start()) {
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);
      Thread.sleep(1000); // the last batch
      int exported = receiver.spans().size();

      // 400 independent traces at 50%: outside 120..280 is a > 5 sigma event
      assertTrue(exported > 120 && exported < 280, "exported " + exported + " of 400");
    }
  }

  @Test
  void exporterNoneSendsNothingAndConsolePrintsSpans() throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess silent = app(Jdk.JDK17, receiver).systemProperty("otel.traces.exporter", "none").start();
        AgentProcess console = app(Jdk.JDK17, receiver).systemProperty("otel.traces.exporter", "console").start()) {
      assertEquals(0, silent.awaitExit(PATIENCE), silent::describe);
      assertEquals(0, console.awaitExit(PATIENCE), console::describe);

      assertEquals(0, receiver.requestCount());
      assertTrue(console.stderr().stream().anyMatch(line -> line.contains("'GET'")), console::describe);
    }
  }

  @Test
  void loggingNoneSilencesEvenTheWarningOfAnInvalidValue() throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = app(Jdk.JDK17, receiver)
            .systemProperty("otel.traces.sampler", "sometimes")
            .systemProperty("otel.javaagent.logging", "none")
            .start()) {
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);

      assertTrue(app.stderr().stream().noneMatch(line -> line.contains("[baton]")), app::describe);
      assertEquals(3, app.stdout().stream().filter(line -> line.equals("STATUS 200")).count());
    }
  }

  @Test
  void b3AsConfiguredForTheOpenTelemetryAgentIsSentAndAnAbsentPropagatorCostsOneWarning() throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = app(Jdk.JDK17, receiver)
            .systemProperty("otel.propagators", "tracecontext,baggage,b3,xray")
            .start()) {
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);
      List<ReceivedSpan> spans = receiver.awaitSpans(3, PATIENCE);

      List<String> b3 = app.stdout().stream().filter(line -> line.startsWith("B3 ")).toList();
      assertEquals(3, b3.size(), app::describe);
      assertTrue(spans.stream().anyMatch(span -> b3.get(0).startsWith("B3 " + span.traceId() + "-" + span.spanId())),
          () -> b3 + " vs " + spans);
      assertEquals(0, app.stdout().stream().filter(line -> line.equals("TRACEPARENT none")).count(), app::describe);
      List<String> warnings = app.stderr().stream().filter(line -> line.startsWith("[baton] WARN")).toList();
      assertEquals(1, warnings.size(), app::describe);
      assertTrue(warnings.get(0).contains("[xray]"), warnings::toString);
    }
  }

  @Test
  void exportersThisJarLacksCostAWarningEachAndTheSpansStillGoOut() throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = app(Jdk.JDK17, receiver)
            .systemProperty("otel.traces.exporter", "otlp,zipkin")
            .systemProperty("otel.metrics.exporter", "prometheus")
            .start()) {
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);

      assertEquals(3, receiver.awaitSpans(3, PATIENCE).size());
      List<String> warnings = app.stderr().stream().filter(line -> line.startsWith("[baton] WARN")).toList();
      assertEquals(2, warnings.size(), app::describe);
      assertTrue(warnings.stream().anyMatch(line -> line.contains("[zipkin]")), warnings::toString);
      assertTrue(warnings.stream().anyMatch(line -> line.contains("[prometheus]")), warnings::toString);
    }
  }

  @Test
  void invalidValueCostsOneWarningLineEachAndTheOtherSettingsStillApply() throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = app(Jdk.JDK17, receiver)
            .systemProperty("otel.traces.sampler", "sometimes")
            .systemProperty("otel.bsp.schedule.delay", "soon")
            .systemProperty("otel.exporter.otlp.headers", "api-key=s3cret%zz")
            .systemProperty("otel.exporter.otlp.compression", "zip")
            .systemProperty("otel.service.name", "still-configured")
            .start()) {
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);

      List<String> warnings = app.stderr().stream().filter(line -> line.startsWith("[baton] WARN")).toList();
      assertEquals(4, warnings.size(), app::describe);
      assertTrue(warnings.stream().anyMatch(line -> line.contains("otel.exporter.otlp.headers")), warnings::toString);
      assertTrue(app.stderr().stream().noneMatch(line -> line.contains("s3cret")), "a header value may be a credential");
      assertTrue(warnings.stream().anyMatch(line -> line.contains("otel.traces.sampler=sometimes")), warnings::toString);
      assertTrue(warnings.stream().anyMatch(line -> line.contains("otel.bsp.schedule.delay=soon")), warnings::toString);
      assertEquals(3, app.stdout().stream().filter(line -> line.equals("STATUS 200")).count());
      List<ReceivedSpan> spans = receiver.awaitSpans(3, PATIENCE);
      assertEquals("still-configured", spans.get(0).resourceAttribute("service.name"));
    }
  }

  /** The app's three calls went through as without the agent: no span, no header, no agent output. */
  private static void assertRanUntracedAndQuiet(AgentProcess app, OtlpReceiver receiver) {
    assertEquals(0, receiver.requestCount(), () -> "spans: " + receiver.spans());
    assertEquals(3, app.stdout().stream().filter(line -> line.equals("TRACEPARENT none")).count(), app::describe);
    assertEquals(3, app.stdout().stream().filter(line -> line.equals("STATUS 200")).count());
    AgentNoise.assertNone(app);
  }
}
