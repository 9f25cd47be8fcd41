package io.baton.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class QueryRedactionTest {

  @Test
  void credentialValuesAreReplacedAndEverythingElseKept() {
    assertEquals(
        "user=ada&password=REDACTED&Signature=REDACTED&AWSAccessKeyId=REDACTED&page=2",
        QueryRedaction.redact("user=ada&password=hunter2&Signature=s1&AWSAccessKeyId=AKIA&page=2"));
  }

  @Test
  void keysAreComparedWithoutCase() {
    assertEquals("TOKEN=REDACTED&x-goog-signature=REDACTED", QueryRedaction.redact("TOKEN=t&x-goog-signature=g"));
  }

  @Test
  void queriesWithoutSecretsAreReturnedAsIs() {
    String query = "q=shoes&page=2&flag&=odd&";
    assertSame(query, QueryRedaction.redact(query));
  }

  @Test
  void emptyValuesAndValuelessKeysStayAsSent() {
    assertEquals("token=&sig&a=1&sig=REDACTED", QueryRedaction.redact("token=&sig&a=1&sig=x"));
  }
}
