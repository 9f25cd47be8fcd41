package io.baton.core.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class UrlFullTest {

  @Test
  void plainUrlsAreReturnedAsTheyAre() {
    String url = "https://example.com:8443/a/b";
    assertSame(url, UrlFull.sanitize(url));
  }

  @Test
  void credentialsInTheAuthorityAreRedacted() {
    assertEquals("https://REDACTED:REDACTED@example.com/x", UrlFull.sanitize("https://user:pw@example.com/x"));
    assertEquals("http://REDACTED:REDACTED@h:81?a=1", UrlFull.sanitize("http://user@h:81?a=1"));
  }

  @Test
  void anAtSignOutsideTheAuthorityIsNotUserInfo() {
    assertEquals("http://h/p@x?mail=a@b", UrlFull.sanitize("http://h/p@x?mail=a@b"));
  }

  @Test
  void sensitiveQueryValuesAreRedactedOthersKept() {
    assertEquals(
        "https://s3/o?AWSAccessKeyId=REDACTED&Expires=1&Signature=REDACTED#frag",
        UrlFull.sanitize("https://s3/o?AWSAccessKeyId=AKIA&Expires=1&Signature=xyz#frag"));
    assertEquals("http://h/?sig=REDACTED", UrlFull.sanitize("http://h/?sig=abc"));
    assertEquals("http://h/?X-Goog-Signature=REDACTED&flag", UrlFull.sanitize("http://h/?X-Goog-Signature=s&flag"));
    assertEquals("http://h/?signature=REDACTED", UrlFull.sanitize("http://h/?signature=lowercase-is-redacted-too"));
  }

  @Test
  void defaultPortsComeFromTheScheme() {
    assertEquals(80, UrlFull.portOrDefault(-1, "http"));
    assertEquals(443, UrlFull.portOrDefault(-1, "HTTPS"));
    assertEquals(8080, UrlFull.portOrDefault(8080, "http"));
  }

  @Test
  void pathIsWhatComesBetweenTheAuthorityAndTheQueryOrFragment() {
    assertEquals("/a/b", UrlFull.pathOf("https://example.com:8443/a/b?x=1#f"));
    assertEquals("/", UrlFull.pathOf("http://h:81?a=1"));
    assertEquals("/", UrlFull.pathOf("http://h"));
    assertEquals("/p@x", UrlFull.pathOf("http://user@h/p@x"));
    assertEquals(null, UrlFull.pathOf("not-a-url"));
  }
}
