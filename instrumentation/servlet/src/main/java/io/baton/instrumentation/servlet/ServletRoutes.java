package io.baton.instrumentation.servlet;

import java.util.Collection;

/**
 * Turns the servlet mapping that served a request into {@code http.route}: the pattern, never the
 * path, so {@code /orders/42} and {@code /orders/43} share {@code /orders/*}. The context path is
 * kept in front, so the route reads like the {@code url.path} it matched.
 */
public final class ServletRoutes {

  private ServletRoutes() {}

  /**
   * Servlet 4+: from {@code HttpServletMapping}, given its {@code MappingMatch} name and pattern.
   * Returns null when the container could not say.
   */
  public static String fromMappingMatch(String contextPath, String mappingMatch, String pattern) {
    if (mappingMatch == null) {
      return null;
    }
    String context = contextPath == null ? "" : contextPath;
    switch (mappingMatch) {
      case "CONTEXT_ROOT":
        return context + "/";
      case "DEFAULT":
        return context + "/*";
      case "EXACT":
      case "PATH":
        if (pattern == null || pattern.isEmpty()) {
          return null;
        }
        return context.isEmpty() ? pattern : context + pattern; // the root context: no new string per request
      case "EXTENSION":
        return pattern == null || pattern.isEmpty() ? null : context + "/" + pattern;
      default:
        return null;
    }
  }

  /**
   * Servlet 3.x has no mapping object: find which of the serving servlet's URL patterns the
   * container chose, from how it split the path into servlet path and path info.
   */
  public static String fromPatterns(
      String contextPath, Collection<String> patterns, String servletPath, String pathInfo) {
    if (patterns == null || patterns.isEmpty()) {
      return null;
    }
    String context = contextPath == null ? "" : contextPath;
    String path = servletPath == null ? "" : servletPath;
    if (pathInfo == null && patterns.contains(path) && !path.isEmpty()) {
      return context + path;
    }
    for (String pattern : patterns) {
      if (pattern.endsWith("/*") && pattern.regionMatches(0, path, 0, path.length())
          && pattern.length() == path.length() + 2) {
        return context + pattern;
      }
    }
    for (String pattern : patterns) {
      if (pattern.startsWith("*.") && pathInfo == null && path.endsWith(pattern.substring(1))) {
        return context + "/" + pattern;
      }
    }
    if (patterns.contains("/")) {
      return context + "/*";
    }
    if (patterns.contains("") && path.isEmpty() && "/".equals(pathInfo)) {
      return context + "/";
    }
    return null;
  }
}
