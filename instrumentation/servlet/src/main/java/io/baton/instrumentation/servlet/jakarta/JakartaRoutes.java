package io.baton.instrumentation.servlet.jakarta;

import io.baton.instrumentation.servlet.ServletRoutes;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The route of a {@code jakarta.servlet} request: {@code getHttpServletMapping()} (every jakarta
 * version has it), else, when a wrapper hides it, the serving servlet's registered patterns.
 */
final class JakartaRoutes {

  private JakartaRoutes() {}

  static String of(HttpServletRequest request, Object handler) {
    HttpServletMapping mapping = request.getHttpServletMapping();
    if (mapping != null && mapping.getMappingMatch() != null) {
      return ServletRoutes.fromMappingMatch(
          request.getContextPath(), mapping.getMappingMatch().name(), mapping.getPattern());
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

}
