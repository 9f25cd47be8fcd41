package io.baton.instrumentation.servlet.jakarta;

import io.baton.instrumentation.servlet.HttpRequestView;
import io.baton.instrumentation.servlet.HttpResponseView;
import io.baton.instrumentation.servlet.ServerRequestFlow;
import io.baton.instrumentation.servlet.ServletAccess;
import io.opentelemetry.api.trace.Span;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

/** The {@code jakarta.servlet} side of {@link ServletAccess}. */
final class JakartaAccess implements ServletAccess<HttpServletRequest, ServletResponse> {

  static final ServerRequestFlow<HttpServletRequest, ServletResponse> FLOW =
      new ServerRequestFlow<>(new JakartaAccess());

  @Override
  public Object attribute(HttpServletRequest request, String name) {
    return request.getAttribute(name);
  }

  @Override
  public void setAttribute(HttpServletRequest request, String name, Object value) {
    request.setAttribute(name, value);
  }

  @Override
  public boolean isAsyncStarted(HttpServletRequest request) {
    return request.isAsyncStarted();
  }

  @Override
  public void addAsyncListener(HttpServletRequest request, Span span) {
    AsyncContext async = request.getAsyncContext();
    async.addListener(new JakartaAsyncListener(span), async.getRequest(), async.getResponse());
  }

  @Override
  public String route(HttpServletRequest request, Object handler) {
    return JakartaRoutes.of(request, handler);
  }

  @Override
  public HttpRequestView requestView(HttpServletRequest request) {
    return new JakartaRequestView(request);
  }

  @Override
  public HttpResponseView responseView(ServletResponse response) {
    return new JakartaResponseView(response);
  }
}
