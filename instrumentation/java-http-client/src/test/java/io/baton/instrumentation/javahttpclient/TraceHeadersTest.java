package io.baton.instrumentation.javahttpclient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.baton.core.testing.TestAgent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The request handed to the client is the application's, with only the trace headers changed. */
class TraceHeadersTest {

  private static final Context SENDING =
      Context.root()
          .with(
              Span.wrap(
                  SpanContext.create(
                      "0af7651916cd43dd8448eb211c80319c", "b7ad6b7169203331", TraceFlags.getSampled(), TraceState.getDefault())));
  private static final String TRACEPARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

  @BeforeAll
  static void install() {
    TestAgent.install();
  }

  @Test
  void everythingButTheTraceHeadersIsTheApplications() {
    HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.ofString("body");
    HttpRequest original =
        HttpRequest.newBuilder(URI.create("http://h/p?q=1"))
            .header("A", "1")
            .header("A", "2")
            .header("TraceParent", "00-11111111111111111111111111111111-2222222222222222-01")
            .header("tracestate", "stale=1")
            .version(HttpClient.Version.HTTP_1_1)
            .timeout(Duration.ofSeconds(3))
            .expectContinue(true)
            .PUT(body)
            .build();

    HttpRequest sent = TraceHeaders.inject(original, SENDING);

    assertEquals(Map.of("A", List.of("1", "2"), "traceparent", List.of(TRACEPARENT)), sent.headers().map());
    assertEquals(original.uri(), sent.uri());
    assertEquals("PUT", sent.method());
    assertEquals(original.version(), sent.version());
    assertEquals(original.timeout(), sent.timeout());
    assertEquals(true, sent.expectContinue());
    assertSame(body, sent.bodyPublisher().orElseThrow());
  }

  @Test
  void aRequestWithoutHeadersGetsOnlyTheTraceparent() {
    HttpRequest original = HttpRequest.newBuilder(URI.create("http://h/")).build();

    HttpRequest sent = TraceHeaders.inject(original, SENDING);

    assertEquals(Map.of("traceparent", List.of(TRACEPARENT)), sent.headers().map());
    assertEquals("GET", sent.method());
    assertEquals(original.bodyPublisher().isPresent(), sent.bodyPublisher().isPresent());
  }

  @Test
  void withNothingToPropagateTheRequestIsSentAsItIs() {
    HttpRequest original = HttpRequest.newBuilder(URI.create("http://h/")).header("A", "1").build();

    assertSame(original, TraceHeaders.inject(original, Context.root()));
  }
}
