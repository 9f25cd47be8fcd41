package io.baton.core.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** otel.instrumentation.common.peer-service-mapping, read as the OpenTelemetry agent documents it. */
class PeerServicesTest {

  @Test
  void aHostMapsWhateverItsPortAndPath() {
    PeerServices peers = PeerServices.parse("1.2.3.4=cats-service, dogs.example.com=dogs-api");

    assertEquals("cats-service", peers.resolve("1.2.3.4", 443, "/anything"));
    assertEquals("dogs-api", peers.resolve("DOGS.example.com", -1, null), "host names ignore case");
    assertNull(peers.resolve("5.6.7.8", 443, "/"));
  }

  @Test
  void portAndPathNarrowAnEntryAndTheMostSpecificWins() {
    PeerServices peers = PeerServices.parse(
        "api.example.com=api, api.example.com:443=api-tls, api.example.com:443/v2=api-v2, api.example.com/admin=admin");

    assertEquals("api", peers.resolve("api.example.com", 80, "/v2/items"));
    assertEquals("api-tls", peers.resolve("api.example.com", 443, "/v1/items"));
    assertEquals("api-v2", peers.resolve("api.example.com", 443, "/v2/items"));
    assertEquals("api-tls", peers.resolve("api.example.com", 443, "/admin/users"), "a port is more specific than a path");
    assertEquals("admin", peers.resolve("api.example.com", 80, "/admin/users"));
    assertEquals("api", peers.resolve("api.example.com", -1, null), "a database has no path");
  }

  @Test
  void ipv6AndSchemePrefixedEntriesAreUnderstood() {
    PeerServices peers = PeerServices.parse("[::1]:5432=local-db, https://payments.internal/charge=payments");

    assertEquals("local-db", peers.resolve("::1", 5432, null));
    assertNull(peers.resolve("::1", 5433, null));
    assertEquals("payments", peers.resolve("payments.internal", 443, "/charge/42"));
  }

  @Test
  void malformedEntriesAreSkippedAndTheOthersKept() {
    PeerServices peers = PeerServices.parse("no-equals-sign, host:notaport=x, =nameless-host, db.internal=orders-db,");

    assertEquals("orders-db", peers.resolve("db.internal", 5432, null));
    assertNull(peers.resolve("host", -1, null));
  }

  @Test
  void withoutTheSettingNothingIsMapped() {
    assertTrue(PeerServices.parse(null).isEmpty());
  }
}
