package org.example.servletapp;

import io.opentelemetry.api.baggage.Baggage;
import io.opentelemetry.api.trace.Span;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import javax.servlet.AsyncContext;
import javax.servlet.DispatcherType;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterRegistration;
import javax.servlet.ServletContainerInitializer;
import javax.servlet.ServletContext;
import javax.servlet.ServletRegistration;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The test web application, javax flavour (a copy of {@link JakartaTestApp} with the other
 * imports). Servlets and filters report the span id they see as current in response headers, so
 * the test can check that every stage of a request ran inside its one server span. It lives
 * outside {@code io.baton}: the agent never instruments its own packages.
 */
public final class JavaxTestApp implements ServletContainerInitializer {

  @Override
  public void onStartup(Set<Class<?>> classes, ServletContext context) {
    servlet(context, "hello", new HelloServlet(), "/hello", "/orders/*");
    servlet(context, "forward", new ForwardServlet(), "/forward");
    servlet(context, "async", new AsyncServlet(), "/async");
    servlet(context, "async-dispatch", new AsyncDispatchServlet(), "/async-dispatch");
    servlet(context, "async-timeout", new AsyncTimeoutServlet(), "/async-timeout");
    servlet(context, "throw", new ThrowingServlet(), "/throw");
    servlet(context, "fail", new FailingServlet(), "/fail");
    servlet(context, "not-found", new NotFoundServlet(), "/");
    filter(context, "span-id", new SpanIdFilter(), "/*");
    filter(context, "second", new PassThroughFilter(), "/forward");
  }

  private static void servlet(ServletContext context, String name, HttpServlet servlet, String... patterns) {
    ServletRegistration.Dynamic registration = context.addServlet(name, servlet);
    registration.addMapping(patterns);
    registration.setAsyncSupported(true);
  }

  private static void filter(ServletContext context, String name, Filter filter, String pattern) {
    FilterRegistration.Dynamic registration = context.addFilter(name, filter);
    registration.setAsyncSupported(true);
    registration.addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST, DispatcherType.FORWARD), false, pattern);
  }

  private static String currentSpanId() {
    return Span.current().getSpanContext().getSpanId();
  }

  static final class SpanIdFilter implements Filter {
    @Override
    public void init(javax.servlet.FilterConfig config) {}

    @Override
    public void destroy() {}

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, javax.servlet.ServletException {
      ((HttpServletResponse) response).setHeader("x-filter-span", currentSpanId());
      chain.doFilter(request, response);
    }
  }

  static final class PassThroughFilter implements Filter {
    @Override
    public void init(javax.servlet.FilterConfig config) {}

    @Override
    public void destroy() {}

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, javax.servlet.ServletException {
      chain.doFilter(request, response);
    }
  }

  static final class HelloServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      response.setHeader("x-servlet-span", currentSpanId());
      response.setHeader("x-baggage", String.join(",", new TreeSet<>(Baggage.current().asMap().keySet())));
      response.setHeader("X-Served-By", "hello");
      response.getWriter().write("hello");
    }
  }

  static final class ForwardServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
        throws IOException, javax.servlet.ServletException {
      request.getRequestDispatcher("/hello").forward(request, response);
    }
  }

  static final class AsyncServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
      AsyncContext async = request.startAsync();
      async.start(() -> {
        try {
          async.getResponse().getWriter().write(currentSpanId());
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
        async.complete();
      });
    }
  }

  static final class AsyncDispatchServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
      AsyncContext async = request.startAsync();
      async.start(() -> async.dispatch("/hello"));
    }
  }

  /** Starts async work that never completes: the container times it out and answers 500. */
  static final class AsyncTimeoutServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
      request.startAsync().setTimeout(200);
    }
  }

  static final class ThrowingServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
      throw new IllegalStateException("boom");
    }
  }

  static final class FailingServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      response.setStatus(500);
      response.getWriter().write("failed");
    }
  }

  /** Stands in for a container's default servlet: whatever nothing else maps is not found. */
  static final class NotFoundServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
      response.sendError(404);
    }
  }
}
