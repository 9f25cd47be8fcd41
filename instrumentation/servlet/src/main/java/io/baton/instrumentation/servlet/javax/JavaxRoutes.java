package io.baton.instrumentation.servlet.javax;

import io.baton.instrumentation.servlet.ServletRoutes;
import javax.servlet.Servlet;
import javax.servlet.ServletConfig;
import javax.servlet.ServletRegistration;
import javax.servlet.http.HttpServletMapping;
import javax.servlet.http.HttpServletRequest;

/**
 * The route of a {@code javax.servlet} request: {@code getHttpServletMapping()} on Servlet 4,
 * else (Servlet 3.x, where that method does not exist) the serving servlet's registered patterns.
 */
final class JavaxRoutes {

  private static final boolean HAS_MAPPING = hasMappingApi();

  private JavaxRoutes() {}

  static String of(HttpServletRequest request, Object handler) {
    if (HAS_MAPPING) {
      HttpServletMapping mapping = request.getHttpServletMapping();
      if (mapping != null && mapping.getMappingMatch() != null) {
        return ServletRoutes.fromMappingMatch(
            request.getContextPath(), mapping.getMappingMatch().name(), mapping.getPattern());
      }
    }
    return handler instanceof Servlet ? fromRegistration(request, (Servlet) handler) : null;
  }

  private static String fromRegistration(HttpServletRequest request, Servlet servlet) {
    ServletConfig config = servlet.getServletConfig();
    if (config == null || config.getServletContext() == null) {
      return null;
    }
    ServletRegistration registration = config.getServletContext().getServletRegistration(config.getServletName());
    if (registration == null) {
      return null;
    }
    return ServletRoutes.fromPatterns(
        request.getContextPath(), registration.getMappings(), request.getServletPath(), request.getPathInfo());
  }

  /** Asked once per class loader: the API the container ships decides, not the one we compiled against. */
  private static boolean hasMappingApi() {
    try {
      HttpServletRequest.class.getMethod("getHttpServletMapping");
      return true;
    } catch (NoSuchMethodException | LinkageError e) {
      return false;
    }
  }
}
