package io.baton.instrumentation.servlet.javax;

import io.baton.instrumentation.servlet.HttpRequestView;
import io.baton.instrumentation.servlet.HttpResponseView;
import io.baton.instrumentation.servlet.ServerRequestFlow;
import io.baton.instrumentation.servlet.ServletAccess;
import io.opentelemetry.api.trace.Span;
import javax.servlet.AsyncContext;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;

/** The {@code javax.servlet} side of {@link ServletAccess}. */
final class JavaxAccess implements ServletAccess<HttpServletRequest, ServletResponse> {

  static final ServerRequestFlow<HttpServletRequest, ServletResponse> FLOW =
      new ServerRequestFlow<>(new JavaxAccess());

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
    async.addListener(new JavaxAsyncListener(span), async.getRequest(), async.getResponse());
  }

  @Override
  public String route(HttpServletRequest request, Object handler) {
    return JavaxRoutes.of(request, handler);
  }

  @Override
  public HttpRequestView requestView(HttpServletRequest request) {
    return new JavaxRequestView(request);
  }

  @Override
  public HttpResponseView responseView(ServletResponse response) {
    return new JavaxResponseView(response);
  }
}
