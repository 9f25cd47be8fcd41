package io.baton.instrumentation.servlet;

import io.opentelemetry.api.trace.Span;

/**
 * The few things the shared request flow needs from one servlet API flavour. {@code javax} and
 * {@code jakarta} each implement it in a handful of one-line methods; everything else is shared.
 */
public interface ServletAccess<REQ, RESP> {

  Object attribute(REQ request, String name);

  void setAttribute(REQ request, String name, Object value);

  boolean isAsyncStarted(REQ request);

  /** Registers a listener that ends {@code span} when the async request completes. */
  void addAsyncListener(REQ request, Span span);

  /** The low-cardinality route, or null; {@code handler} is the filter or servlet being entered. */
  String route(REQ request, Object handler);

  HttpRequestView requestView(REQ request);

  HttpResponseView responseView(RESP response);
}
