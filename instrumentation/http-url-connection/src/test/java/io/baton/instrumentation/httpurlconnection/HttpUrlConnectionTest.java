package io.baton.instrumentation.httpurlconnection;

import io.baton.core.testing.LocalHttpServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpUrlConnectionTest {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private static LocalHttpServer server;

  @BeforeAll
  static void start() throws Exception {
    System.setProperty("otel.instrumentation.http.client.capture-request-headers", "X-Test-Header,X-Never-Sent");
    System.setProperty("otel.instrumentation.http.client.capture-response-headers", "X-Served-By");
    // only /served-by is mapped: every other test's exact attributes show the mapping leaves the rest alone
    System.setProperty("otel.instrumentation.common.peer-service-mapping", "localhost/served-by=served-by-service");
    TestAgent.install();
    server = new LocalHttpServer();
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
  void getInputStreamIsOneClientSpanWhoseContextTheServerReceives() throws Exception {
    Span parent = Tracing.tracer("test").spanBuilder("parent").startSpan();
    try (Scope ignored = parent.makeCurrent()) {
      HttpURLConnection connection = open("/hello?q=1");
      assertEquals("answered /hello", read(connection.getInputStream()));
    } finally {
      parent.end();
    }

    SpanData span = clientSpan();
    assertEquals("GET", span.getName());
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
    assertEquals(List.of(traceparentOf(span.getSpanContext())), server.takeRequest().header("traceparent"));
  }

  @Test
  void connectThenGetResponseCodeThenGetInputStreamIsStillOneSpan() throws Exception {
    HttpURLConnection connection = open("/hello");
    connection.connect();
    assertEquals(200, connection.getResponseCode());
    assertEquals("answered /hello", read(connection.getInputStream()));
    assertEquals(200, connection.getResponseCode());
    connection.getHeaderFields();

    Thread.sleep(100); // a second span would have ended by now
    assertEquals(1, TestAgent.spans().size(), () -> "spans: " + TestAgent.spans());
    assertEquals(List.of(traceparentOf(clientSpan().getSpanContext())), server.takeRequest().header("traceparent"));
  }

  @Test
  void bodyWrittenThroughGetOutputStreamIsAPostSpan() throws Exception {
    HttpURLConnection connection = open("/hello");
    connection.setDoOutput(true); // the JDK turns the default GET into a POST
    try (OutputStream out = connection.getOutputStream()) {
      out.write("payload".getBytes(StandardCharsets.UTF_8));
    }
    assertEquals(200, connection.getResponseCode());

    SpanData span = clientSpan();
    assertEquals("POST", span.getName());
    assertEquals("POST", span.getAttributes().get(HttpAttributes.HTTP_REQUEST_METHOD));
    LocalHttpServer.Received received = server.takeRequest();
    assertEquals("POST", received.method());
    assertEquals(List.of(traceparentOf(span.getSpanContext())), received.header("traceparent"));
  }

  @Test
  void appHeadersAreKeptAndItsStaleTraceparentReplacedNotDuplicated() throws Exception {
    HttpURLConnection connection = open("/hello");
    connection.setRequestProperty("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
    connection.setRequestProperty("X-App", "kept");
    connection.getResponseCode();

    LocalHttpServer.Received received = server.takeRequest();
    assertEquals(List.of(traceparentOf(clientSpan().getSpanContext())), received.header("traceparent"));
    assertEquals(List.of("kept"), received.header("X-App"));
  }

  @Test
  void aRequestToAMappedHostAndPathNamesItsPeerService() throws Exception {
    assertEquals(200, open("/served-by").getResponseCode());

    assertEquals("served-by-service", clientSpan().getAttributes().get(AttributeKey.stringKey("peer.service")));
  }

  @Test
  void headersTheUserNamedAreRecordedWithEveryValueAndAbsentOnesLeftOut() throws Exception {
    HttpURLConnection connection = open("/served-by");
    connection.addRequestProperty("X-Test-Header", "a");
    connection.addRequestProperty("x-test-header", "b");
    connection.setRequestProperty("X-Other", "not asked for");
    assertEquals("answered /served-by", read(connection.getInputStream()));

    // as sets: the JDK's header maps list a repeated header's values last first up to Java 17 (not on 25)
    Attributes attributes = clientSpan().getAttributes();
    assertEquals(Set.of("a", "b"),
        Set.copyOf(attributes.get(HttpAttributes.HTTP_REQUEST_HEADER.getAttributeKey("x-test-header"))));
    assertEquals(Set.of("local", "jdk"),
        Set.copyOf(attributes.get(HttpAttributes.HTTP_RESPONSE_HEADER.getAttributeKey("x-served-by"))));
    assertNull(attributes.get(HttpAttributes.HTTP_REQUEST_HEADER.getAttributeKey("x-never-sent")));
    assertNull(attributes.get(HttpAttributes.HTTP_REQUEST_HEADER.getAttributeKey("x-other")));
  }

  @ParameterizedTest
  @ValueSource(ints = {404, 500})
  void errorStatusReadThroughGetResponseCodeIsAnError(int status) throws Exception {
    assertEquals(status, open("/status/" + status).getResponseCode());

    SpanData span = clientSpan();
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals((long) status, span.getAttributes().get(HttpAttributes.HTTP_RESPONSE_STATUS_CODE));
    assertEquals(Integer.toString(status), span.getAttributes().get(ErrorAttributes.ERROR_TYPE));
    assertEquals(List.of(), span.getEvents(), "a status is not an exception");
  }

  @Test
  void notFoundReadThroughGetInputStreamStillThrowsAndIsAStatusError() throws Exception {
    HttpURLConnection connection = open("/status/404");

    assertThrows(FileNotFoundException.class, connection::getInputStream);
    assertEquals(404, connection.getResponseCode());

    SpanData span = clientSpan();
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals(404L, span.getAttributes().get(HttpAttributes.HTTP_RESPONSE_STATUS_CODE));
    assertEquals("404", span.getAttributes().get(ErrorAttributes.ERROR_TYPE));
    assertEquals(1, TestAgent.spans().size());
  }

  @Test
  void refusedConnectionIsAnErrorAndTheAppGetsItsException() throws Exception {
    HttpURLConnection connection =
        (HttpURLConnection) new URL("http://localhost:" + LocalHttpServer.closedPort() + "/x").openConnection();

    ConnectException thrown = assertThrows(ConnectException.class, connection::getResponseCode);

    SpanData span = clientSpan();
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals(ConnectException.class.getName(), span.getAttributes().get(ErrorAttributes.ERROR_TYPE));
    assertNull(span.getAttributes().get(HttpAttributes.HTTP_RESPONSE_STATUS_CODE));
    assertExceptionEvent(span, thrown);
  }

  @Test
  void readTimeoutIsAnErrorAndTheAppGetsItsException() throws Exception {
    HttpURLConnection connection = open("/slow");
    connection.setReadTimeout(300);

    SocketTimeoutException thrown = assertThrows(SocketTimeoutException.class, connection::getInputStream);

    SpanData span = clientSpan();
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals(SocketTimeoutException.class.getName(), span.getAttributes().get(ErrorAttributes.ERROR_TYPE));
    assertExceptionEvent(span, thrown);
  }

  @Test
  void aLibraryWrappingTheJdkConnectionGetsOneSpan() throws Exception {
    WrappingConnection connection = new WrappingConnection(new URL(server.url("/hello")));

    assertEquals(200, connection.getResponseCode());
    assertEquals("answered /hello", read(connection.getInputStream()));

    SpanData span = clientSpan();
    Thread.sleep(100);
    assertEquals(1, TestAgent.spans().size(), () -> "spans: " + TestAgent.spans());
    assertEquals(200L, span.getAttributes().get(HttpAttributes.HTTP_RESPONSE_STATUS_CODE));
    assertEquals(List.of(traceparentOf(span.getSpanContext())), server.takeRequest().header("traceparent"));
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
      assertEquals(200, open("/hello").getResponseCode());
    } finally {
      outer.end();
    }

    List<SpanData> spans = TestAgent.awaitSpans(1, WAIT);
    Thread.sleep(100);
    assertEquals(1, TestAgent.spans().size(), () -> "spans: " + TestAgent.spans());
    assertEquals(outer.getSpanContext().getSpanId(), spans.get(0).getSpanId());
    assertEquals(List.of(traceparentOf(outer.getSpanContext())), server.takeRequest().header("traceparent"));
  }

  @Test
  void callsMarkedToSuppressInstrumentationAreNeitherTracedNorInjected() throws Exception {
    InstrumentationUtil.suppressInstrumentation(
        () -> {
          try {
            open("/hello").getResponseCode();
          } catch (IOException e) {
            throw new IllegalStateException(e);
          }
        });

    assertEquals(List.of(), server.takeRequest().header("traceparent"));
    Thread.sleep(100);
    assertEquals(List.of(), TestAgent.spans());
  }

  @Test
  void credentialsAndSignaturesAreRedactedInUrlFull() throws Exception {
    HttpURLConnection connection =
        (HttpURLConnection) new URL("http://user:secret@localhost:" + server.port() + "/hello?sig=abc&page=2").openConnection();
    connection.getResponseCode();

    assertEquals(
        "http://REDACTED:REDACTED@localhost:" + server.port() + "/hello?sig=REDACTED&page=2",
        clientSpan().getAttributes().get(UrlAttributes.URL_FULL));
  }

  private static HttpURLConnection open(String pathAndQuery) throws IOException {
    return (HttpURLConnection) new URL(server.url(pathAndQuery)).openConnection();
  }

  private static String read(InputStream in) throws IOException {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static SpanData clientSpan() {
    List<SpanData> spans =
        TestAgent.awaitSpans(s -> s.stream().anyMatch(span -> span.getKind() == SpanKind.CLIENT), WAIT);
    List<SpanData> clients = spans.stream().filter(span -> span.getKind() == SpanKind.CLIENT).toList();
    assertEquals(1, clients.size(), () -> "client spans: " + clients);
    return clients.get(0);
  }

  private static String traceparentOf(SpanContext context) {
    return "00-" + context.getTraceId() + "-" + context.getSpanId() + "-" + context.getTraceFlags().asHex();
  }

  private static void assertExceptionEvent(SpanData span, Throwable thrown) {
    List<EventData> events = span.getEvents();
    assertEquals(1, events.size(), () -> "events: " + events);
    assertEquals("exception", events.get(0).getName());
    assertEquals(thrown.getClass().getName(), events.get(0).getAttributes().get(ExceptionAttributes.EXCEPTION_TYPE));
  }
}
