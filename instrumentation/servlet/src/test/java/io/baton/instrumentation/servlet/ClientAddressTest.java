package io.baton.instrumentation.servlet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

  @Test
  void forwardedForGivesTheFirstHopWithoutPortOrQuotes() {
    assertEquals("192.0.2.60", ClientAddress.fromForwarded("for=192.0.2.60;proto=http;by=203.0.113.43"));
    assertEquals("2001:db8:cafe::17", ClientAddress.fromForwarded("For=\"[2001:db8:cafe::17]:4711\", for=10.0.0.1"));
    assertEquals("192.0.2.1", ClientAddress.fromForwarded("proto=https; for=192.0.2.1:8080"));
    assertNull(ClientAddress.fromForwarded("proto=https"));
  }

  @Test
  void protocolVersionsAreTheSemconvValues() {
    assertEquals("1.1", ProtocolVersion.of("HTTP/1.1"));
    assertEquals("1.0", ProtocolVersion.of("HTTP/1.0"));
    assertEquals("2", ProtocolVersion.of("HTTP/2.0"));
    assertNull(ProtocolVersion.of("SPDY/3"));
  }

  @Test
  void spanNamesNeverCarryAnInventedMethod() {
    assertEquals("GET /app/orders/*", SpanNames.of("GET", "/app/orders/*"));
    assertEquals("POST", SpanNames.of("POST", null));
    assertEquals("HTTP /app/hello", SpanNames.of("FOO", "/app/hello"));
  }
}
