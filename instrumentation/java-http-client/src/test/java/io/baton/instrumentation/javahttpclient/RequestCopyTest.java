package io.baton.instrumentation.javahttpclient;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The copy written out for JDK 11 to 15 must equal what JDK 16+'s own copy gives. */
class RequestCopyTest {

  @Test
  void theHandWrittenCopyMatchesTheJdks() {
    HttpRequest original =
        HttpRequest.newBuilder(URI.create("http://h/p?q=1"))
            .header("A", "1")
            .header("A", "2")
            .header("traceparent", "stale")
            .version(HttpClient.Version.HTTP_1_1)
            .timeout(Duration.ofSeconds(3))
            .expectContinue(true)
            .PUT(HttpRequest.BodyPublishers.ofString("body"))
            .build();

    HttpRequest ours = RequestCopy.copyOf(original, (name, value) -> !name.equalsIgnoreCase("traceparent")).build();
    HttpRequest jdks = HttpRequest.newBuilder(original, (name, value) -> !name.equalsIgnoreCase("traceparent")).build();

    assertEquals(Map.of("A", List.of("1", "2")), ours.headers().map());
    for (HttpRequest copy : List.of(ours, jdks)) {
      assertEquals(original.uri(), copy.uri());
      assertEquals(original.method(), copy.method());
      assertEquals(original.version(), copy.version());
      assertEquals(original.timeout(), copy.timeout());
      assertEquals(original.expectContinue(), copy.expectContinue());
      assertEquals(original.bodyPublisher(), copy.bodyPublisher());
      assertEquals(ours.headers(), copy.headers());
    }
  }

  @Test
  void aGetWithoutBodyStaysAGetWithoutBody() {
    HttpRequest original = HttpRequest.newBuilder(URI.create("http://h/")).build();

    HttpRequest copy = RequestCopy.copyOf(original, (name, value) -> true).build();

    assertEquals("GET", copy.method());
    assertEquals(original.bodyPublisher().isPresent(), copy.bodyPublisher().isPresent());
  }
}
