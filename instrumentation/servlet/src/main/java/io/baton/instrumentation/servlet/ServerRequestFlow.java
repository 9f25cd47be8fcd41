package io.baton.instrumentation.servlet;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;

/**
 * The life of one request's span, shared by both servlet flavours. Every filter and servlet entry
 * calls {@link #enter}; only the first one of a request (no context on the request yet) starts the
 * span. Nested filters, servlets, forwards, includes, error pages and async dispatches find the
 * context on the request and just make it current. The outermost exit ends the span, unless the
 * request went async: then the async listener ends it when the response really completes.
 */
public final class ServerRequestFlow<REQ, RESP> {

  private final ServletAccess<REQ, RESP> access;

  public ServerRequestFlow(ServletAccess<REQ, RESP> access) {
    this.access = access;
  }

  public RequestScope enter(REQ request, Object handler) {
    Object existing = access.attribute(request, RequestAttributes.CONTEXT);
    if (existing instanceof Context) {
      Context context = (Context) existing;
      if (access.attribute(request, RequestAttributes.ROUTE) == null) {
        learnRoute(request, handler, context);
      }
      return RequestScope.resumed(context);
    }
    HttpRequestView view = access.requestView(request);
    String route = access.route(request, handler);
    Context context = ServerSpans.start(view, route);
    access.setAttribute(request, RequestAttributes.CONTEXT, context);
    if (route != null) {
      access.setAttribute(request, RequestAttributes.ROUTE, route);
    }
    return RequestScope.started(context);
  }

  public void exit(RequestScope scope, REQ request, RESP response, Throwable thrown) {
    if (scope == null) {
      return;
    }
    scope.close();
    if (!scope.isOwner()) {
      return;
    }
    Span span = scope.span();
    if (thrown != null) {
      ServerSpans.recordException(span, thrown);
      access.setAttribute(request, RequestAttributes.RECORDED_ERROR, thrown);
    }
    if (access.attribute(request, RequestAttributes.ASYNC_LISTENER) == null && access.isAsyncStarted(request)) {
      onAsyncStarted(request);
    }
    if (access.attribute(request, RequestAttributes.ASYNC_LISTENER) != null) {
      return;
    }
    ServerSpans.end(span, access.responseView(response), thrown, false);
  }

  /** After {@code startAsync}: from now on the listener, not the outermost exit, ends the span. */
  public void onAsyncStarted(REQ request) {
    Object context = access.attribute(request, RequestAttributes.CONTEXT);
    if (context instanceof Context && access.attribute(request, RequestAttributes.ASYNC_LISTENER) == null) {
      access.setAttribute(request, RequestAttributes.ASYNC_LISTENER, Boolean.TRUE);
      access.addAsyncListener(request, Span.fromContext((Context) context));
    }
  }

  /** The request's context, for work handed to another thread ({@code AsyncContext.start}). */
  public Context contextOf(REQ request) {
    Object context = access.attribute(request, RequestAttributes.CONTEXT);
    return context instanceof Context ? (Context) context : null;
  }

  private void learnRoute(REQ request, Object handler, Context context) {
    String route = access.route(request, handler);
    if (route != null) {
      access.setAttribute(request, RequestAttributes.ROUTE, route);
      ServerSpans.setRoute(Span.fromContext(context), access.requestView(request).method(), route);
    }
  }
}
