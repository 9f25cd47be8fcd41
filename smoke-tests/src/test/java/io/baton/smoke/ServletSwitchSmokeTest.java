package io.baton.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.smoke.apps.manualspans.ManualSpansApp;
import io.baton.smoke.harness.SmokePaths;
import io.baton.testing.AgentProcess;
import io.baton.testing.Jdk;
import io.baton.testing.OtlpReceiver;
import io.baton.testing.ReceivedSpan;
import io.baton.testing.ReceivedSpan.Kind;
import io.baton.testing.TraceAssert;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code -Dotel.instrumentation.servlet.enabled=false} on a real servlet request (the manual-spans
 * app on Tomcat 10.1): no SERVER span, and not one servlet API or Tomcat class transformed (the
 * debug log lists every class the agent transforms). The application's own spans still arrive.
 */
class ServletSwitchSmokeTest {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  /** Any servlet API, Tomcat or app servlet class in the debug log's "transformed <class>" lines. */
  private static final Pattern SERVLET_CLASS_TRANSFORMED = Pattern.compile(
      "transformed (jakarta\\.servlet\\.|javax\\.servlet\\.|org\\.apache\\.|io\\.baton\\.smoke\\.apps\\.manualspans\\.OrdersServlet)");
  private static final String[] APPLICATION_SPANS = {
      "handle_request", "process_order", "check_inventory", "process_payment", "notify_warehouse", "reserve_async"};

  private static AgentProcess run(Jdk jdk, OtlpReceiver receiver, String servletEnabled) {
    return AgentProcess.builder(jdk, ManualSpansApp.class)
        .classpath(SmokePaths.appLibs("manualspans-api-1.67"))
        .exportTo(receiver)
        .systemProperty("otel.javaagent.debug", "true")
        .systemProperty("otel.instrumentation.servlet.enabled", servletEnabled)
        .start();
  }

  @ParameterizedTest
  @EnumSource(Jdk.class)
  void enabledServletInstrumentationTransformsServletClassesAndTracesTheRequest(Jdk jdk) throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver(); AgentProcess app = run(jdk, receiver, "true")) {
      assertEquals(200, ManualSpansSmokeTest.order(app).statusCode());
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);

      List<String> transformed = servletClassesTransformed(app);
      assertTrue(transformed.stream().anyMatch(l -> l.contains("transformed jakarta.servlet.http.HttpServlet")), app::describe);
      assertTrue(transformed.stream().anyMatch(l -> l.contains("transformed org.apache.catalina.")), app::describe);
      List<ReceivedSpan> spans = receiver.awaitSpans(7, PATIENCE);
      TraceAssert.assertThat(spans).isSingleTrace().span("GET /orders/*").isRoot().hasKind(Kind.SERVER);
    }
  }

  @ParameterizedTest
  @EnumSource(Jdk.class)
  void disabledServletInstrumentationTransformsNothingAndMakesNoServerSpan(Jdk jdk) throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver(); AgentProcess app = run(jdk, receiver, "false")) {
      assertEquals(200, ManualSpansSmokeTest.order(app).statusCode());
      assertEquals(0, app.awaitExit(PATIENCE), app::describe);

      assertEquals(List.of(), servletClassesTransformed(app), app::describe);
      assertTrue(app.stderr().stream().anyMatch(l -> l.contains("instrumentation servlet disabled")), app::describe);
      // the application's spans still arrive, now rooted at its own @WithSpan method
      List<ReceivedSpan> spans = receiver.awaitSpans(APPLICATION_SPANS.length, PATIENCE);
      TraceAssert trace = TraceAssert.assertThat(spans).hasSpanCount(APPLICATION_SPANS.length).hasSpansNamed(APPLICATION_SPANS);
      trace.span("handle_request").isRoot();
      assertTrue(spans.stream().noneMatch(s -> s.kind() == Kind.SERVER), spans::toString);
      // nothing late: the collector has had the whole export by the time the app exited
      assertEquals(APPLICATION_SPANS.length, receiver.spans().size(), () -> receiver.spans().toString());
    }
  }

  private static List<String> servletClassesTransformed(AgentProcess app) {
    return app.stderr().stream().filter(l -> SERVLET_CLASS_TRANSFORMED.matcher(l).find()).toList();
  }
}
