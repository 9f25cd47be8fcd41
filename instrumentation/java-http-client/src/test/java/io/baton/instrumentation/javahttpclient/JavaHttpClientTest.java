package io.baton.instrumentation.javahttpclient;

import io.baton.core.testing.LocalHttpServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.core.api.Tracing;
import io.baton.core.testing.TestAgent;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.impl.InstrumentationUtil;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.trace.data.EventData;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.semconv.ErrorAttributes;
import io.opentelemetry.semconv.ExceptionAttributes;
import io.opentelemetry.semconv.HttpAttributes;
import io.opentelemetry.semconv.NetworkAttributes;
import io.opentelemetry.semconv.ServerAttributes;
import io.opentelemetry.semconv.UrlAttributes;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JavaHttpClientTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private static LocalHttpServer server;
  private static HttpClient client;

  @BeforeAll
  static void start() throws Exception {
    System.setProperty("otel.instrumentation.http.client.capture-request-headers", "X-Test-Header,X-Never-Sent");
    System.setProperty("otel.instrumentation.http.client.capture-response-headers", "X-Served-By");
    // only /served-by is mapped: every other test's exact attributes show the mapping leaves the rest alone
    System.setProperty("otel.instrumentation.common.peer-service-mapping", "localhost/served-by=served-by-service");
    TestAgent.install();
    server = new LocalHttpServer();
    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void clean() {
    server.clear();
    TestAgent.reset();
  }

  @Test
  void syncSendIsOneClientSpanWhoseContextTheServerReceives() throws Exception {
    Span parent = Tracing.tracer("test").spanBuilder("parent").startSpan();
    HttpResponse<String> response;
    try (Scope ignored = parent.makeCurrent()) {
      response = client.send(get("/hello?q=1"), HttpResponse.BodyHandlers.ofString());
    } finally {
      parent.end();
    }

    assertEquals(200, response.statusCode());
    SpanData span = clientSpan();
    assertEquals("GET", span.getName());
    assertEquals(SpanKind.CLIENT, span.getKind());
    assertEquals(parent.getSpanContext().getTraceId(), span.getTraceId());
    assertEquals(parent.getSpanContext().getSpanId(), span.getParentSpanId());
    assertEquals(
        Attributes.builder()
            .put(HttpAttributes.HTTP_REQUEST_METHOD, "GET")
            .put(UrlAttributes.URL_FULL, server.url("/hello?q=1"))
            .put(ServerAttributes.SERVER_ADDRESS, "localhost")
            .put(ServerAttributes.SERVER_PORT, (long) server.port())
            .put(HttpAttributes.HTTP_RESPONSE_STATUS_CODE, 200L)
            .put(NetworkAttributes.NETWORK_PROTOCOL_VERSION, "1.1")
            .build()
            .asMap(),
        span.getAttributes().asMap());
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    assertEquals(List.of(traceparentOf(span)), server.takeRequest().header("traceparent"));
  }

  @Test
  void appHeadersAreKeptAndItsStaleTraceHeadersReplacedNotDuplicated() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.url("/hello")))
            .header("X-App", "kept")
            .header("X-App", "twice")
            .header("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01")
            .header("tracestate", "stale=1")
            .build();

    client.send(request, HttpResponse.BodyHandlers.ofString());

    SpanData span = clientSpan();
    LocalHttpServer.Received received = server.takeRequest();
    assertEquals(List.of(traceparentOf(span)), received.header("traceparent"));
    assertEquals(List.of(), received.header("tracestate"));
    assertEquals(List.of("kept", "twice"), received.header("X-App"));
  }

  @Test
  void aRequestToAMappedHostAndPathNamesItsPeerService() throws Exception {
    client.send(get("/served-by"), HttpResponse.BodyHandlers.discarding());

    assertEquals("served-by-service", clientSpan().getAttributes().get(AttributeKey.stringKey("peer.service")));
  }

  @Test
  void headersTheUserNamedAreRecordedWithEveryValueAndAbsentOnesLeftOut() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.url("/served-by")))
            .header("X-Test-Header", "a")
            .header("X-Test-Header", "b")
            .header("X-Other", "not asked for")
            .build();

    client.send(request, HttpResponse.BodyHandlers.ofString());

    Attributes attributes = clientSpan().getAttributes();
    assertEquals(List.of("a", "b"), attributes.get(HttpAttributes.HTTP_REQUEST_HEADER.getAttributeKey("x-test-header")));
    assertEquals(List.of("local", "jdk"), attributes.get(HttpAttributes.HTTP_RESPONSE_HEADER.getAttributeKey("x-served-by")));
    assertNull(attributes.get(HttpAttributes.HTTP_REQUEST_HEADER.getAttributeKey("x-never-sent")));
    assertNull(attributes.get(HttpAttributes.HTTP_REQUEST_HEADER.getAttributeKey("x-other")));
  }

  @Test
  void postBodyIsSentUnchanged() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.url("/hello")))
            .POST(HttpRequest.BodyPublishers.ofString("payload"))
            .build();

    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());

    assertEquals(200, response.statusCode());
    assertEquals("POST", clientSpan().getName());
    assertEquals("POST", server.takeRequest().method());
  }

  @Test
  void asyncCallbacksRunInTheCallersContextAndTheSpanEndsWithTheResponse() throws Exception {
    Span parent = Tracing.tracer("test").spanBuilder("parent").startSpan();
    CompletableFuture<HttpResponse<String>> future;
    try (Scope ignored = parent.makeCurrent()) {
      future = client.sendAsync(get("/gate"), HttpResponse.BodyHandlers.ofString());
    }
    AtomicReference<SpanContext> seenByCallback = new AtomicReference<>();
    // chained before the response exists: the client's own thread will run it
    CompletableFuture<Integer> chained =
        future.thenApply(
            response -> {
              seenByCallback.set(Span.current().getSpanContext());
              return response.statusCode();
            });
    server.openGate();

    assertEquals(200, chained.get(10, TimeUnit.SECONDS));
    parent.end();
    assertEquals(parent.getSpanContext(), seenByCallback.get());
    SpanData span = clientSpan();
    assertEquals(parent.getSpanContext().getSpanId(), span.getParentSpanId());
    assertEquals(200L, span.getAttributes().get(HttpAttributes.HTTP_RESPONSE_STATUS_CODE));
    assertEquals(List.of(traceparentOf(span)), server.takeRequest().header("traceparent"));
  }

  @Test
  void http2OverCleartextIsTracedAsVersion2() throws Exception {
    try (H2cServer h2 = new H2cServer()) {
      HttpClient http2Client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();

      HttpResponse<String> response =
          http2Client.send(HttpRequest.newBuilder(URI.create(h2.url("/h2"))).build(), HttpResponse.BodyHandlers.ofString());

      assertEquals(HttpClient.Version.HTTP_2, response.version());
      SpanData span = clientSpan();
      assertEquals("2", span.getAttributes().get(NetworkAttributes.NETWORK_PROTOCOL_VERSION));
      assertEquals((long) h2.port(), span.getAttributes().get(ServerAttributes.SERVER_PORT));
      assertEquals(200L, span.getAttributes().get(HttpAttributes.HTTP_RESPONSE_STATUS_CODE));
      H2cServer.Received received = h2.takeRequest();
      assertEquals(traceparentOf(span), received.traceparent());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {404, 500})
  void clientAndServerErrorStatusesAreErrors(int status) throws Exception {
    HttpResponse<String> response = client.send(get("/status/" + status), HttpResponse.BodyHandlers.ofString());

    assertEquals(status, response.statusCode());
    SpanData span = clientSpan();
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals((long) status, span.getAttributes().get(HttpAttributes.HTTP_RESPONSE_STATUS_CODE));
    assertEquals(Integer.toString(status), span.getAttributes().get(ErrorAttributes.ERROR_TYPE));
    assertEquals(List.of(), span.getEvents(), "a status is not an exception");
  }

  @Test
  void refusedConnectionIsAnErrorAndTheAppGetsItsException() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + LocalHttpServer.closedPort() + "/x")).build();

    ConnectException thrown =
        assertThrows(ConnectException.class, () -> client.send(request, HttpResponse.BodyHandlers.ofString()));

    SpanData span = clientSpan();
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals(ConnectException.class.getName(), span.getAttributes().get(ErrorAttributes.ERROR_TYPE));
    assertNull(span.getAttributes().get(HttpAttributes.HTTP_RESPONSE_STATUS_CODE));
    assertExceptionEvent(span, thrown);
  }

  @Test
  void refusedConnectionFailsTheAsyncFutureAsBefore() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + LocalHttpServer.closedPort() + "/x")).build();

    ExecutionException failed =
        assertThrows(
            ExecutionException.class,
            () -> client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).get(10, TimeUnit.SECONDS));

    assertTrue(failed.getCause() instanceof ConnectException, () -> "cause: " + failed.getCause());
    SpanData span = clientSpan();
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals(ConnectException.class.getName(), span.getAttributes().get(ErrorAttributes.ERROR_TYPE));
    assertExceptionEvent(span, failed.getCause());
  }

  @Test
  void requestTimeoutIsAnErrorAndTheAppGetsItsException() throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/slow"))).timeout(Duration.ofMillis(300)).build();

    HttpTimeoutException thrown =
        assertThrows(HttpTimeoutException.class, () -> client.send(request, HttpResponse.BodyHandlers.ofString()));

    SpanData span = clientSpan();
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals(HttpTimeoutException.class.getName(), span.getAttributes().get(ErrorAttributes.ERROR_TYPE));
    assertExceptionEvent(span, thrown);
  }

  @Test
  void unknownMethodIsReportedAsOther() throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(server.url("/hello"))).method("PURGE", HttpRequest.BodyPublishers.noBody()).build();

    client.send(request, HttpResponse.BodyHandlers.ofString());

    SpanData span = clientSpan();
    assertEquals("HTTP", span.getName());
    assertEquals("_OTHER", span.getAttributes().get(HttpAttributes.HTTP_REQUEST_METHOD));
    assertEquals("PURGE", span.getAttributes().get(HttpAttributes.HTTP_REQUEST_METHOD_ORIGINAL));
    assertEquals("PURGE", server.takeRequest().method());
  }

  @Test
  void signatureQueryValuesAreRedactedInUrlFull() throws Exception {
    client.send(get("/hello?X-Goog-Signature=secret&page=2&sig=abc"), HttpResponse.BodyHandlers.ofString());

    assertEquals(
        server.url("/hello?X-Goog-Signature=REDACTED&page=2&sig=REDACTED"),
        clientSpan().getAttributes().get(UrlAttributes.URL_FULL));
  }

  @Test
  void callsMarkedToSuppressInstrumentationAreNeitherTracedNorInjected() throws Exception {
    InstrumentationUtil.suppressInstrumentation(
        () -> {
          try {
            client.send(get("/hello"), HttpResponse.BodyHandlers.ofString());
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });

    assertEquals(List.of(), server.takeRequest().header("traceparent"));
    assertNoClientSpan();
  }

  @Test
  void requestsWithABodyFromTheAgentsClassLoaderAreNeitherTracedNorInjected() throws Exception {
    HttpRequest.BodyPublisher agentBody = agentLoaderBodyPublisher();
    HttpRequest request = HttpRequest.newBuilder(URI.create(server.url("/v1/traces"))).POST(agentBody).build();

    client.send(request, HttpResponse.BodyHandlers.ofString());

    assertEquals(List.of(), server.takeRequest().header("traceparent"));
    assertNoClientSpan();
  }

  @Test
  void insideAnotherHttpClientSpanNoSecondSpanButItsContextIsSent() throws Exception {
    Span outer =
        Tracing.tracer("test")
            .spanBuilder("GET")
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute(HttpAttributes.HTTP_REQUEST_METHOD, "GET")
            .startSpan();
    try (Scope ignored = outer.makeCurrent()) {
      client.send(get("/hello"), HttpResponse.BodyHandlers.ofString());
    } finally {
      outer.end();
    }

    List<SpanData> spans = TestAgent.awaitSpans(1, WAIT);
    assertEquals(List.of("GET"), spans.stream().map(SpanData::getName).toList());
    assertEquals(outer.getSpanContext().getSpanId(), spans.get(0).getSpanId());
    String traceparent = server.takeRequest().header("traceparent").get(0);
    assertEquals(traceparentOf(outer.getSpanContext()), traceparent);
  }

  private static HttpRequest get(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(server.url(pathAndQuery))).build();
  }

  private static SpanData clientSpan() {
    List<SpanData> spans =
        TestAgent.awaitSpans(s -> s.stream().anyMatch(span -> span.getKind() == SpanKind.CLIENT), WAIT);
    List<SpanData> clients = spans.stream().filter(span -> span.getKind() == SpanKind.CLIENT).toList();
    assertEquals(1, clients.size(), () -> "client spans: " + clients);
    return clients.get(0);
  }

  private static void assertNoClientSpan() throws InterruptedException {
    Thread.sleep(200); // a span would end with the response, already received
    assertEquals(List.of(), TestAgent.spans());
  }

  private static String traceparentOf(SpanData span) {
    return traceparentOf(span.getSpanContext());
  }

  private static String traceparentOf(SpanContext context) {
    return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
  }

  private static void assertExceptionEvent(SpanData span, Throwable thrown) {
    List<EventData> events = span.getEvents();
    assertEquals(1, events.size(), () -> "events: " + events);
    assertEquals("exception", events.get(0).getName());
    assertEquals(thrown.getClass().getName(), events.get(0).getAttributes().get(ExceptionAttributes.EXCEPTION_TYPE));
    assertEquals(thrown.getMessage(), events.get(0).getAttributes().get(ExceptionAttributes.EXCEPTION_MESSAGE));
  }

  /** The same bytes as {@link AgentLoaderBodyPublisher}, defined by a loader named like the agent's. */
  private static HttpRequest.BodyPublisher agentLoaderBodyPublisher() throws Exception {
    String name = AgentLoaderBodyPublisher.class.getName();
    byte[] bytes;
    try (InputStream in = JavaHttpClientTest.class.getResourceAsStream("/" + name.replace('.', '/') + ".class")) {
      bytes = in.readAllBytes();
    }
    ClassLoader agentNamed =
        new ClassLoader(AgentTraffic.AGENT_LOADER_NAME, JavaHttpClientTest.class.getClassLoader()) {
          @Override
          protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
            if (className.equals(name)) {
              synchronized (getClassLoadingLock(className)) {
                Class<?> loaded = findLoadedClass(className);
                return loaded != null ? loaded : defineClass(className, bytes, 0, bytes.length);
              }
            }
            return super.loadClass(className, resolve);
          }
        };
    Object publisher = agentNamed.loadClass(name).getConstructor().newInstance();
    assertSame(agentNamed, publisher.getClass().getClassLoader());
    return (HttpRequest.BodyPublisher) publisher;
  }
}
