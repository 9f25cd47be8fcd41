package io.baton.core.http;

import java.util.Locale;
import java.util.Set;

/**
 * Replaces the values of credential-like query parameters with {@code REDACTED} before a query
 * becomes {@code url.query} (servers) or part of {@code url.full} (clients). The keys semconv asks for ({@code AWSAccessKeyId}, {@code Signature},
 * {@code sig}, {@code X-Goog-Signature}) plus the usual password and token names; compared without
 * case, because {@code ?Password=} leaks just as well.
 */
public final class QueryRedaction {

  public static final String REDACTED = "REDACTED";

  private static final Set<String> SENSITIVE_KEYS =
      Set.of(
          "awsaccesskeyid",
          "signature",
          "sig",
          "x-goog-signature",
          "x-amz-signature",
          "x-amz-credential",
          "x-amz-security-token",
          "password",
          "passwd",
          "token",
          "access_token",
          "refresh_token",
          "id_token",
          "client_secret",
          "api_key",
          "apikey");

  private QueryRedaction() {}

  public static String redact(String query) {
    if (query == null || query.isEmpty()) {
      return query;
    }
    StringBuilder out = null;
    int start = 0;
    while (start <= query.length()) {
      int end = query.indexOf('&', start);
      if (end < 0) {
        end = query.length();
      }
      int equals = query.indexOf('=', start);
      if (equals > start && equals < end && isSensitive(query, start, equals) && equals + 1 < end) {
        if (out == null) {
          out = new StringBuilder(query.length());
          out.append(query, 0, start);
        }
        out.append(query, start, equals + 1).append(REDACTED);
      } else if (out != null) {
        out.append(query, start, end);
      }
      if (end < query.length() && out != null) {
        out.append('&');
      }
      start = end + 1;
    }
    return out == null ? query : out.toString();
  }

  private static boolean isSensitive(String query, int from, int to) {
    int length = to - from;
    if (length < 3 || length > 20) {
      return false;
    }
    return SENSITIVE_KEYS.contains(query.substring(from, to).toLowerCase(Locale.ROOT));
  }
}
