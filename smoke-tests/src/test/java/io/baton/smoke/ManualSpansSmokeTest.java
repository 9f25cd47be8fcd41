package io.baton.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.smoke.harness.AgentNoise;
import io.baton.smoke.harness.AgentProcess;
import io.baton.smoke.harness.Jdk;
import io.baton.smoke.harness.OtlpReceiver;
import io.baton.smoke.harness.ReceivedSpan;
import io.baton.smoke.harness.ReceivedSpan.Kind;
import io.baton.smoke.harness.ReceivedSpan.StatusCode;
import io.baton.smoke.harness.TraceAssert;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.example.manualspans.ManualSpansApp;

/**
 * An application with only the OpenTelemetry API (an old and the newest version) and no SDK:
 * under the real agent jar, its manual spans and {@code @WithSpan} methods join the agent's
 * traces and go out through the agent's OTLP exporter.
 */
class ManualSpansSmokeTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String ANNOTATIONS_SCOPE = "io.baton.opentelemetry-instrumentation-annotations";

  /** app-libs folder (see smoke-tests/pom.xml) and the API jar it must run with. */
  static Stream<Arguments> jdksAndApiVersions() {
    return Stream.of(Jdk.values()).flatMap(jdk -> Stream.of(
        Arguments.of(jdk, "manualspans-api-1.20", "opentelemetry-api-1.20.0.jar"),
        Arguments.of(jdk, "manualspans-api-1.67", "opentelemetry-api-1.67.0.jar")));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("jdksAndApiVersions")
  void manualSpansJoinTheAgentsTrace(Jdk jdk, String appLibs, String apiJar) throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = AgentProcess.builder(jdk, ManualSpansApp.class).appLibs(appLibs).exportTo(receiver).start()) {
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);
      assertTrue(app.stdout().contains("SDK ABSENT"), app::describe);
      assertTrue(app.stdout().contains("API " + apiJar), app::describe);

      List<ReceivedSpan> spans = receiver.awaitSpans(6, PATIENCE);
      TraceAssert all = TraceAssert.assertThat(spans).hasSpanCount(6);
      List<ReceivedSpan> request = spans.stream().filter(s -> !s.name().equals("reserve_async")).toList();
      TraceAssert trace = TraceAssert.assertThat(request).isSingleTrace();

      trace.span("handle_request").isRoot().hasKind(Kind.SERVER).hasScopeName(ANNOTATIONS_SCOPE)
          .hasAttribute("order.id", "order-42");
      trace.span("process_order").isChildOf("handle_request").hasKind(Kind.INTERNAL).hasScopeName("order-service")
          .hasAttribute("order.id", "order-42").hasAttribute("order.items", 3);
      trace.span("check_inventory").isChildOf("process_order")
          .hasAttribute("inventory.available", true).hasAttribute("inventory.items", 3);
      ReceivedSpan inventory = trace.span("check_inventory").actual();
      assertEquals("stock_checked", inventory.events().get(0).name());
      assertEquals("north", inventory.events().get(0).attributes().get("warehouse"));
      trace.span("process_payment").isChildOf("process_order").hasKind(Kind.CLIENT).hasStatus(StatusCode.OK)
          .hasAttribute("payment.amount", 99.5).hasAttribute("payment.method", "card");
      // made by the agent, under the application's current span
      trace.span("notify_warehouse").isChildOf("process_payment").hasScopeName(ANNOTATIONS_SCOPE);
      assertEquals("1.0.0", trace.span("process_order").actual().scopeVersion());

      ReceivedSpan root = trace.span("handle_request").actual();
      ReceivedSpan order = trace.span("process_order").actual();
      ReceivedSpan payment = trace.span("process_payment").actual();
      // what the application saw: the agent's span as current, its own span back as the same object,
      // baggage it set read by the agent's side, headers written by the agent's propagators
      assertTrue(app.stdout().contains("CURRENT " + root.spanId()), app::describe);
      assertTrue(app.stdout().contains("ORDER " + order.traceId() + " " + order.spanId() + " same=true"), app::describe);
      assertTrue(app.stdout().contains("BAGGAGE gold"), app::describe);
      String headers = line(app, "HEADERS ");
      assertTrue(headers.contains("traceparent=00-" + payment.traceId() + "-" + payment.spanId() + "-"), headers);
      assertTrue(headers.contains("baggage=customer.tier=gold"), headers);
      assertTrue(app.stdout().contains("OUTSIDE false"), app::describe);

      ReceivedSpan async = all.span("reserve_async").isRoot().hasAttribute("order.id", "order-42").actual();
      assertTrue(async.endEpochNanos() - async.startEpochNanos() >= 250_000_000L,
          () -> "the async span must end when the future completes, ~300 ms later: " + async);
      AgentNoise.assertNone(app);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("jdksAndApiVersions")
  void applicationInstallingItsOwnGlobalIsWarnedAndKeepsWorking(Jdk jdk, String appLibs, String apiJar) throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = AgentProcess.builder(jdk, ManualSpansApp.class).appLibs(appLibs).exportTo(receiver)
            .args("set-own").start()) {
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);

      assertTrue(app.stdout().contains("SET RETURNED"), app::describe);
      assertTrue(app.stdout().contains("GLOBAL BatonAgentOpenTelemetry"), app::describe);
      List<String> warnings = app.stderr().stream().filter(l -> l.startsWith("[baton] WARN")).toList();
      assertEquals(1, warnings.size(), app::describe);
      assertTrue(warnings.get(0).contains("GlobalOpenTelemetry.set"), warnings.get(0));
      // the agent's pipeline stays in charge: the same spans still arrive
      TraceAssert.assertThat(receiver.awaitSpans(6, PATIENCE)).hasSpansNamed(
          "handle_request", "process_order", "check_inventory", "process_payment", "notify_warehouse", "reserve_async");
      AgentNoise.assertNone(app, Pattern.compile("^\\[baton\\] WARN the application called GlobalOpenTelemetry\\.set"));
    }
  }

  private static String line(AgentProcess app, String prefix) {
    return app.stdout().stream().filter(l -> l.startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no line " + prefix + app.describe()));
  }
}
