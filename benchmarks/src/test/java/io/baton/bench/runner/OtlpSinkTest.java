package io.baton.bench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OtlpSinkTest {

  @Test
  void countsTheSpansOfAnExportAndTheCpuItsThreadsUsed() throws Exception {
    try (OtlpSink sink = OtlpSink.start()) {
      long cpuBefore = sink.cpuNanos();

      int status = post(sink.endpoint() + "/v1/traces", exportOfSpans(3));

      assertEquals(200, status);
      assertEquals(3, sink.spansReceived());
      assertEquals(0, sink.unreadableExports());
      assertTrue(sink.cpuNanos() > cpuBefore, "the receiver's threads used no CPU: are they counted?");
    }
  }

  @Test
  void anotherServersThreadsAreNotCounted() throws Exception {
    try (OtlpSink busy = OtlpSink.start(); OtlpSink idle = OtlpSink.start()) {
      long busyBefore = busy.cpuNanos();
      long idleBefore = idle.cpuNanos();

      for (int i = 0; i < 20; i++) {
        post(busy.endpoint() + "/v1/traces", exportOfSpans(100));
      }
      long busyUsed = busy.cpuNanos() - busyBefore;
      long idleUsed = idle.cpuNanos() - idleBefore;

      assertEquals(2000, busy.spansReceived());
      // an idle server's dispatcher still wakes once a second, for microseconds
      assertTrue(idleUsed * 20 < busyUsed, "idle receiver " + idleUsed + " ns, busy one " + busyUsed + " ns");
    }
  }

  @Test
  void aBodyThatIsNotProtobufIsCountedAsUnreadable() throws Exception {
    try (OtlpSink sink = OtlpSink.start()) {
      int status = post(sink.endpoint() + "/v1/traces", new byte[] {(byte) 0x0f, 1, 2});

      assertEquals(200, status);
      assertEquals(0, sink.spansReceived());
      assertEquals(1, sink.unreadableExports());
    }
  }

  private static int post(String uri, byte[] body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(uri))
        .header("Content-Type", "application/x-protobuf")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** ExportTraceServiceRequest: resource_spans (1) → scope_spans (2) → spans (2), each span named. */
  private static byte[] exportOfSpans(int count) {
    ByteArrayOutputStream scopeSpans = new ByteArrayOutputStream();
    for (int i = 0; i < count; i++) {
      byte[] span = field(5, ("span-" + i).getBytes(StandardCharsets.UTF_8));
      scopeSpans.writeBytes(field(2, span));
    }
    byte[] resourceSpans = field(2, scopeSpans.toByteArray());
    return field(1, resourceSpans);
  }

  private static byte[] field(int number, byte[] value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(number << 3 | 2);
    int length = value.length;
    while (length >= 0x80) {
      out.write(length & 0x7f | 0x80);
      length >>>= 7;
    }
    out.write(length);
    out.writeBytes(value);
    return out.toByteArray();
  }
}
