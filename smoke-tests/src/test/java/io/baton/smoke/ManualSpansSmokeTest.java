package io.baton.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.smoke.apps.manualspans.ManualSpansApp;
import io.baton.smoke.harness.SmokePaths;
import io.baton.testing.AgentNoise;
import io.baton.testing.AgentProcess;
import io.baton.testing.Jdk;
import io.baton.testing.OtlpReceiver;
import io.baton.testing.ReceivedSpan;
import io.baton.testing.ReceivedSpan.Kind;
import io.baton.testing.ReceivedSpan.StatusCode;
import io.baton.testing.TraceAssert;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An application with only the OpenTelemetry API (an old and the newest version) and no SDK:
 * under the real agent jar, its manual spans and {@code @WithSpan} methods, made while a servlet
 * request is served (embedded Tomcat 10.1), join the agent's SERVER span's trace and go out
 * through the agent's OTLP exporter.
 */
class ManualSpansSmokeTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String ANNOTATIONS_SCOPE = "io.baton.opentelemetry-instrumentation-annotations";
  private static final String SERVER_SPAN = "GET /orders/*";

  /** app-libs folder (see smoke-tests/pom.xml) and the API jar it must run with. */
  static Stream<Arguments> jdksAndApiVersions() {
    return Stream.of(Jdk.values()).flatMap(jdk -> Stream.of(
        Arguments.of(jdk, "manualspans-api-1.20", "opentelemetry-api-1.20.0.jar"),
        Arguments.of(jdk, "manualspans-api-1.67", "opentelemetry-api-1.67.0.jar")));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("jdksAndApiVersions")
  void manualSpansJoinTheServletRequestsTrace(Jdk jdk, String appLibs, String apiJar) throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = AgentProcess.builder(jdk, ManualSpansApp.class).classpath(SmokePaths.appLibs(appLibs)).exportTo(receiver).start()) {
      HttpResponse<String> response = order(app);
      assertEquals(200, response.statusCode(), response::body);
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);
      assertTrue(app.stdout().contains("DONE"), app::describe);
      assertTrue(app.stdout().contains("SDK ABSENT"), app::describe);
      assertTrue(app.stdout().contains("API " + apiJar), app::describe);

      List<ReceivedSpan> spans = receiver.awaitSpans(7, PATIENCE);
      TraceAssert trace = TraceAssert.assertThat(spans).hasSpanCount(7).isSingleTrace();

      trace.span(SERVER_SPAN).isRoot().hasKind(Kind.SERVER).hasScopeName("io.baton.servlet")
          .hasAttribute("http.request.method", "GET").hasAttribute("http.route", "/orders/*")
          .hasAttribute("url.path", "/orders/order-42").hasAttribute("url.query", "items=3")
          .hasAttribute("http.response.status_code", 200);
      trace.span("handle_request").isChildOf(SERVER_SPAN).hasKind(Kind.INTERNAL).hasScopeName(ANNOTATIONS_SCOPE)
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

      ReceivedSpan server = trace.span(SERVER_SPAN).actual();
      ReceivedSpan order = trace.span("process_order").actual();
      ReceivedSpan payment = trace.span("process_payment").actual();
      // what the application saw: the agent's span as current, its own span back as the same object,
      // baggage it set read by the agent's side, headers written by the agent's propagators
      assertTrue(app.stdout().contains("CURRENT " + server.spanId()), app::describe);
      assertTrue(app.stdout().contains("ORDER " + order.traceId() + " " + order.spanId() + " same=true"), app::describe);
      assertTrue(app.stdout().contains("BAGGAGE gold"), app::describe);
      String headers = line(app, "HEADERS ");
      assertTrue(headers.contains("traceparent=00-" + payment.traceId() + "-" + payment.spanId() + "-"), headers);
      assertTrue(headers.contains("baggage=customer.tier=gold"), headers);
      assertTrue(app.stdout().contains("OUTSIDE false"), app::describe);

      ReceivedSpan async = trace.span("reserve_async").isChildOf(SERVER_SPAN).hasAttribute("order.id", "order-42").actual();
      assertTrue(async.endEpochNanos() - async.startEpochNanos() >= 250_000_000L,
          () -> "the async span must end when the future completes, ~300 ms later: " + async);
      assertTrue(async.endEpochNanos() <= server.endEpochNanos(), "the request waited for the future");
      AgentNoise.assertNone(app);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("jdksAndApiVersions")
  void applicationInstallingItsOwnGlobalIsWarnedAndKeepsWorking(Jdk jdk, String appLibs, String apiJar) throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = AgentProcess.builder(jdk, ManualSpansApp.class).classpath(SmokePaths.appLibs(appLibs)).exportTo(receiver)
            .args("set-own").start()) {
      assertEquals(200, order(app).statusCode());
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);

      assertTrue(app.stdout().contains("SET RETURNED"), app::describe);
      assertTrue(app.stdout().contains("GLOBAL BatonAgentOpenTelemetry"), app::describe);
      List<String> warnings = app.stderr().stream().filter(l -> l.startsWith("[baton] WARN")).toList();
      assertEquals(1, warnings.size(), app::describe);
      assertTrue(warnings.get(0).contains("GlobalOpenTelemetry.set"), warnings.get(0));
      // the agent's pipeline stays in charge: the same spans still arrive
      TraceAssert.assertThat(receiver.awaitSpans(7, PATIENCE)).hasSpansNamed(SERVER_SPAN,
          "handle_request", "process_order", "check_inventory", "process_payment", "notify_warehouse", "reserve_async");
      AgentNoise.assertNone(app, Pattern.compile("^\\[baton\\] WARN the application called GlobalOpenTelemetry\\.set"));
    }
  }

  /** Waits for the app's Tomcat, then places the one order it serves. */
  static HttpResponse<String> order(AgentProcess app) throws Exception {
    String port = app.awaitLine("READY ", PATIENCE).substring("READY ".length()).trim();
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/orders/order-42?items=3"))
        .timeout(PATIENCE).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static String line(AgentProcess app, String prefix) {
    return app.stdout().stream().filter(l -> l.startsWith(prefix)).findFirst()
        .orElseThrow(() -> new AssertionError("no line " + prefix + app.describe()));
  }
}
