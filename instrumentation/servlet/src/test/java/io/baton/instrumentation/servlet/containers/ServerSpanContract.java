package io.baton.instrumentation.servlet.containers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.core.testing.TestAgent;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.semconv.ClientAttributes;
import io.opentelemetry.semconv.ErrorAttributes;
import io.opentelemetry.semconv.ExceptionAttributes;
import io.opentelemetry.semconv.HttpAttributes;
import io.opentelemetry.semconv.NetworkAttributes;
import io.opentelemetry.semconv.ServerAttributes;
import io.opentelemetry.semconv.UrlAttributes;
import io.opentelemetry.semconv.UserAgentAttributes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What every supported container must show: one SERVER span per request, continuing the caller's
 * trace, named by route, with the stable HTTP server attributes. Each subclass runs it against one
 * embedded container, in its own test run with that container's jars.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ServerSpanContract {

  private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
  private static final String PARENT_ID = "00f067aa0ba902b7";
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(WAIT).build();
  private RunningContainer container;

  /** Starts the container under test with its flavour's test application. */
  abstract RunningContainer startContainer() throws Exception;

  @BeforeAll
  void start() throws Exception {
    System.setProperty("otel.instrumentation.http.server.capture-request-headers", "X-Test-Header");
    System.setProperty("otel.instrumentation.http.server.capture-response-headers", "X-Served-By");
    TestAgent.install();
    container = startContainer();
  }

  @AfterAll
  void stop() throws Exception {
    if (container != null) {
      container.close();
    }
  }

  @BeforeEach
  void clearSpans() {
    TestAgent.reset();
  }

  @Test
  void getWithoutTraceparentStartsANewTraceWithTheStableHttpAttributes() throws Exception {
    HttpResponse<String> response = send(get("/app/hello").header("X-Test-Header", "a").header("X-Test-Header", "b"));

    SpanData span = onlySpan();
    assertEquals(200, response.statusCode());
    assertEquals("GET /app/hello", span.getName());
    assertEquals(SpanKind.SERVER, span.getKind());
    assertFalse(span.getParentSpanContext().isValid(), "a request without traceparent starts a trace");
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    assertEquals(
        expectedAttributes(span, "GET", "/app/hello", "/app/hello", 200)
            .put(HttpAttributes.HTTP_REQUEST_HEADER.getAttributeKey("x-test-header"), List.of("a", "b"))
            .put(HttpAttributes.HTTP_RESPONSE_HEADER.getAttributeKey("x-served-by"), List.of("hello"))
            .build().asMap(),
        span.getAttributes().asMap());
    assertEquals(span.getSpanId(), response.headers().firstValue("x-filter-span").orElse(null), "current in the filter");
    assertEquals(span.getSpanId(), response.headers().firstValue("x-servlet-span").orElse(null), "current in the servlet");
  }

  @Test
  void getWithTraceparentContinuesTheCallersTraceAndBaggage() throws Exception {
    HttpResponse<String> response =
        send(get("/app/hello")
            .header("traceparent", "00-" + TRACE_ID + "-" + PARENT_ID + "-01")
            .header("baggage", "tenant=acme")
            .header("baggage", "region=eu"));

    SpanData span = onlySpan();
    assertEquals(TRACE_ID, span.getTraceId());
    assertEquals(PARENT_ID, span.getParentSpanId());
    assertTrue(span.getParentSpanContext().isRemote());
    assertEquals("region,tenant", response.headers().firstValue("x-baggage").orElse(null),
        "both baggage header lines reach the propagator");
  }

  @Test
  void routeIsTheServletMappingAndSensitiveQueryValuesAreRedacted() throws Exception {
    send(get("/app/orders/42?password=hunter2&page=2&sig=abc&X-Goog-Signature=xyz"));

    SpanData span = onlySpan();
    assertEquals("GET /app/orders/*", span.getName());
    assertEquals("/app/orders/*", span.getAttributes().get(HttpAttributes.HTTP_ROUTE));
    assertEquals("/app/orders/42", span.getAttributes().get(UrlAttributes.URL_PATH));
    assertEquals("password=REDACTED&page=2&sig=REDACTED&X-Goog-Signature=REDACTED",
        span.getAttributes().get(UrlAttributes.URL_QUERY));
  }

  @Test
  void filterChainAndForwardMakeExactlyOneSpan() throws Exception {
    HttpResponse<String> response = send(get("/app/forward"));
    send(get("/app/hello"));

    List<SpanData> spans = TestAgent.awaitSpans(2, WAIT);
    assertEquals(2, spans.size(), "one span per request: " + spans);
    SpanData span = spans.get(0);
    assertEquals("GET /app/forward", span.getName());
    assertEquals("/app/forward", span.getAttributes().get(UrlAttributes.URL_PATH));
    assertEquals(200L, span.getAttributes().get(HttpAttributes.HTTP_RESPONSE_STATUS_CODE));
    assertEquals(span.getSpanId(), response.headers().firstValue("x-servlet-span").orElse(null),
        "the forwarded-to servlet runs in the request's span");
  }

  @Test
  void asyncServletSpanEndsAtCompletionAndTheAsyncWorkRunsInItsContext() throws Exception {
    HttpResponse<String> response = send(get("/app/async"));

    SpanData span = onlySpan();
    assertEquals(200, response.statusCode());
    assertEquals("GET /app/async", span.getName());
    assertEquals(span.getSpanId(), response.body(), "AsyncContext.start runs in the request's context");
    assertEquals(200L, span.getAttributes().get(HttpAttributes.HTTP_RESPONSE_STATUS_CODE));
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
  }

  @Test
  void asyncDispatchStaysInTheSameSpan() throws Exception {
    HttpResponse<String> response = send(get("/app/async-dispatch"));
    send(get("/app/hello"));

    List<SpanData> spans = TestAgent.awaitSpans(2, WAIT);
    assertEquals(2, spans.size(), "one span per request: " + spans);
    SpanData span = spans.stream().filter(s -> s.getName().equals("GET /app/async-dispatch")).findFirst().orElseThrow();
    assertEquals(200, response.statusCode());
    assertEquals(span.getSpanId(), response.headers().firstValue("x-servlet-span").orElse(null),
        "the servlet dispatched to runs in the request's span");
  }

  @Test
  void asyncTimeoutEndsTheSpanAsAnError() throws Exception {
    HttpResponse<String> response = send(get("/app/async-timeout"));

    SpanData span = onlySpan();
    assertEquals(500, response.statusCode(), "the container answers a timed-out request itself");
    assertEquals("GET /app/async-timeout", span.getName());
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals("timeout", span.getAttributes().get(ErrorAttributes.ERROR_TYPE));
    assertEquals(500L, span.getAttributes().get(HttpAttributes.HTTP_RESPONSE_STATUS_CODE));
  }

  @Test
  void servletExceptionIsRecordedAndTheContainerStillAnswers500() throws Exception {
    HttpResponse<String> response = send(get("/app/throw"));

    SpanData span = onlySpan();
    assertEquals(500, response.statusCode(), "the exception reached the container");
    assertEquals("GET /app/throw", span.getName());
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals(
        expectedAttributes(span, "GET", "/app/throw", "/app/throw", 500)
            .put(ErrorAttributes.ERROR_TYPE, "java.lang.IllegalStateException")
            .build().asMap(),
        span.getAttributes().asMap());
    List<EventData> events = span.getEvents();
    assertEquals(1, events.size());
    assertEquals("exception", events.get(0).getName());
    assertEquals("java.lang.IllegalStateException", events.get(0).getAttributes().get(ExceptionAttributes.EXCEPTION_TYPE));
    assertEquals("boom", events.get(0).getAttributes().get(ExceptionAttributes.EXCEPTION_MESSAGE));
  }

  @Test
  void status500IsAnError() throws Exception {
    HttpResponse<String> response = send(get("/app/fail"));

    SpanData span = onlySpan();
    assertEquals(500, response.statusCode());
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals(
        expectedAttributes(span, "GET", "/app/fail", "/app/fail", 500).put(ErrorAttributes.ERROR_TYPE, "500").build().asMap(),
        span.getAttributes().asMap());
    assertTrue(span.getEvents().isEmpty());
  }

  @Test
  void notFoundIsNotAnErrorOnAServerSpan() throws Exception {
    HttpResponse<String> response = send(get("/app/missing/item"));

    SpanData span = onlySpan();
    assertEquals(404, response.statusCode());
    assertEquals("GET /app/*", span.getName(), "the default servlet's mapping, never the path");
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    assertEquals(
        expectedAttributes(span, "GET", "/app/*", "/app/missing/item", 404).build().asMap(), span.getAttributes().asMap());
  }

  @Test
  void unknownMethodIsNamedHttpAndReportedAsOther() throws Exception {
    send(HttpRequest.newBuilder(uri("/app/hello")).method("FOO", HttpRequest.BodyPublishers.noBody())
        .header("User-Agent", "baton-test"));

    SpanData span = onlySpan();
    assertEquals("HTTP /app/hello", span.getName());
    assertEquals("_OTHER", span.getAttributes().get(HttpAttributes.HTTP_REQUEST_METHOD));
    assertEquals("FOO", span.getAttributes().get(HttpAttributes.HTTP_REQUEST_METHOD_ORIGINAL));
  }

  private AttributesBuilder expectedAttributes(SpanData span, String method, String route, String path, long status) {
    return Attributes.builder()
        .put(HttpAttributes.HTTP_REQUEST_METHOD, method)
        .put(HttpAttributes.HTTP_ROUTE, route)
        .put(HttpAttributes.HTTP_RESPONSE_STATUS_CODE, status)
        .put(UrlAttributes.URL_SCHEME, "http")
        .put(UrlAttributes.URL_PATH, path)
        .put(ServerAttributes.SERVER_ADDRESS, "127.0.0.1")
        .put(ServerAttributes.SERVER_PORT, (long) container.port)
        .put(ClientAttributes.CLIENT_ADDRESS, "127.0.0.1")
        .put(NetworkAttributes.NETWORK_PEER_ADDRESS, "127.0.0.1")
        .put(NetworkAttributes.NETWORK_PEER_PORT, peerPort(span))
        .put(NetworkAttributes.NETWORK_PROTOCOL_VERSION, "1.1")
        .put(UserAgentAttributes.USER_AGENT_ORIGINAL, "baton-test");
  }

  /** The client's ephemeral port: the one value the test cannot know in advance. */
  private static long peerPort(SpanData span) {
    Long port = span.getAttributes().get(NetworkAttributes.NETWORK_PEER_PORT);
    assertTrue(port != null && port > 0, "network.peer.port");
    return port;
  }

  private SpanData onlySpan() {
    List<SpanData> spans = TestAgent.awaitSpans(1, WAIT);
    assertEquals(1, spans.size(), () -> "one span per request: " + names(spans));
    return spans.get(0);
  }

  private static String names(List<SpanData> spans) {
    return spans.stream().map(SpanData::getName).collect(Collectors.joining(", "));
  }

  private URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + container.port + pathAndQuery);
  }

  private HttpRequest.Builder get(String pathAndQuery) {
    return HttpRequest.newBuilder(uri(pathAndQuery)).GET().header("User-Agent", "baton-test").timeout(WAIT);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
