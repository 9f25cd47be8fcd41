package io.baton.core.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.core.config.AgentConfig;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HttpMethodsTest {

  @Test
  void withoutTheSettingTheNineSemconvMethodsAreKnownCaseSensitively() {
    Set<String> known = HttpMethods.knownMethods(AgentConfig.of(Map.of()));

    assertNull(known);
    for (String method : new String[] {"GET", "POST", "PUT", "DELETE", "HEAD", "PATCH", "OPTIONS", "TRACE", "CONNECT"}) {
      assertTrue(HttpMethods.isKnown(method, known), method);
    }
    assertFalse(HttpMethods.isKnown("get", known));
    assertFalse(HttpMethods.isKnown("PROPFIND", known));
    assertFalse(HttpMethods.isKnown(null, known));
  }

  @Test
  void theSettingReplacesTheListRatherThanAddingToIt() {
    Set<String> known = HttpMethods.knownMethods(
        AgentConfig.of(Map.of("otel.instrumentation.http.known-methods", "GET, POST,PROPFIND")));

    assertTrue(HttpMethods.isKnown("PROPFIND", known));
    assertTrue(HttpMethods.isKnown("GET", known));
    assertFalse(HttpMethods.isKnown("DELETE", known));
    assertFalse(HttpMethods.isKnown("propfind", known));
  }
}
