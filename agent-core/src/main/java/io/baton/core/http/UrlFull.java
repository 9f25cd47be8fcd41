package io.baton.core.http;

/**
 * {@code url.full} as semconv 1.37.0 wants it: credentials in the authority replaced by
 * {@code REDACTED:REDACTED}, and the values of query parameters that carry signatures or keys
 * replaced by {@code REDACTED} ({@link QueryRedaction}, the same list as servers use). Works on
 * the URL text, so the application's own encoding is kept; URLs with neither {@code @} nor
 * {@code ?} are returned as they are (no allocation).
 */
public final class UrlFull {

  private UrlFull() {}

  public static String sanitize(String url) {
    if (url.indexOf('@') < 0 && url.indexOf('?') < 0) {
      return url;
    }
    return redactQuery(redactUserInfo(url));
  }

  private static String redactUserInfo(String url) {
    int schemeEnd = url.indexOf("://");
    if (schemeEnd < 0) {
      return url;
    }
    int authorityStart = schemeEnd + 3;
    int authorityEnd = authorityStart;
    while (authorityEnd < url.length() && "/?#".indexOf(url.charAt(authorityEnd)) < 0) {
      authorityEnd++;
    }
    int at = url.lastIndexOf('@', authorityEnd - 1);
    if (at < authorityStart) {
      return url;
    }
    return url.substring(0, authorityStart) + "REDACTED:REDACTED" + url.substring(at);
  }

  private static String redactQuery(String url) {
    int queryStart = url.indexOf('?');
    if (queryStart < 0) {
      return url;
    }
    int fragment = url.indexOf('#', queryStart);
    int queryEnd = fragment < 0 ? url.length() : fragment;
    String query = url.substring(queryStart + 1, queryEnd);
    String redacted = QueryRedaction.redact(query);
    return redacted.equals(query) ? url : url.substring(0, queryStart + 1) + redacted + url.substring(queryEnd);
  }

  /** The path of an absolute URL ({@code /} when it has none), or null when it is not one. */
  public static String pathOf(String url) {
    int schemeEnd = url.indexOf("://");
    if (schemeEnd < 0) {
      return null;
    }
    int start = schemeEnd + 3;
    while (start < url.length() && "/?#".indexOf(url.charAt(start)) < 0) {
      start++;
    }
    int end = start;
    while (end < url.length() && "?#".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    return start == end ? "/" : url.substring(start, end);
  }

  public static String withoutBrackets(String host) {
    return host.length() > 2 && host.charAt(0) == '[' && host.charAt(host.length() - 1) == ']'
        ? host.substring(1, host.length() - 1)
        : host;
  }

  public static int portOrDefault(int port, String scheme) {
    if (port > 0) {
      return port;
    }
    if ("http".equalsIgnoreCase(scheme)) {
      return 80;
    }
    if ("https".equalsIgnoreCase(scheme)) {
      return 443;
    }
    return -1;
  }
}
