package io.baton.instrumentation.servlet;

/**
 * {@code client.address}: the original client as reported by a proxy ({@code Forwarded: for=},
 * then {@code X-Forwarded-For}), else the peer. Only the first hop is taken: it is the one the
 * first proxy saw.
 */
final class ClientAddress {

  private ClientAddress() {}

  static String of(HttpRequestView request) {
    String forwarded = fromForwarded(request.header("forwarded"));
    if (forwarded != null) {
      return forwarded;
    }
    String xff = firstListItem(request.header("x-forwarded-for"));
    return xff != null ? xff : request.remoteAddr();
  }

  static String fromForwarded(String header) {
    if (header == null) {
      return null;
    }
    String first = header;
    int comma = header.indexOf(',');
    if (comma >= 0) {
      first = header.substring(0, comma);
    }
    for (String pair : first.split(";")) {
      String trimmed = pair.trim();
      if (trimmed.regionMatches(true, 0, "for=", 0, 4)) {
        return stripPortAndQuotes(trimmed.substring(4).trim());
      }
    }
    return null;
  }

  private static String firstListItem(String header) {
    if (header == null) {
      return null;
    }
    int comma = header.indexOf(',');
    String first = (comma >= 0 ? header.substring(0, comma) : header).trim();
    return first.isEmpty() ? null : first;
  }

  /** {@code "[2001:db8::1]:4711"} → {@code 2001:db8::1}; {@code 192.0.2.1:4711} → {@code 192.0.2.1}. */
  private static String stripPortAndQuotes(String value) {
    String v = value;
    if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
      v = v.substring(1, v.length() - 1);
    }
    if (v.startsWith("[")) {
      int close = v.indexOf(']');
      return close > 1 ? v.substring(1, close) : null;
    }
    int colon = v.indexOf(':');
    if (colon >= 0 && v.indexOf(':', colon + 1) < 0) {
      v = v.substring(0, colon);
    }
    return v.isEmpty() ? null : v;
  }
}
