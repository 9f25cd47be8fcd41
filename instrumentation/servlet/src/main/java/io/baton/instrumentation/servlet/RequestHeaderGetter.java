package io.baton.instrumentation.servlet;

import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;

/**
 * Reads propagation headers from a request. {@link #getAll} hands the propagator every value of a
 * repeated header (several {@code tracestate} or {@code baggage} lines are legal and must be
 * combined), not just the first, which is all {@code getHeader} returns.
 */
enum RequestHeaderGetter implements TextMapGetter<HttpRequestView> {
  INSTANCE;

  @Override
  public Iterable<String> keys(HttpRequestView request) {
    return Collections.list(request.headerNames());
  }

  @Override
  public String get(HttpRequestView request, String key) {
    return request == null ? null : request.header(key);
  }

  @Override
  public Iterator<String> getAll(HttpRequestView request, String key) {
    if (request == null) {
      return Collections.emptyIterator();
    }
    // most requests carry none of the propagation headers: no iterator around an empty enumeration
    // (asking getHeader first would cost more: Tomcat decodes the value again for the enumeration)
    Enumeration<String> values = request.headers(key);
    return values == null || !values.hasMoreElements() ? Collections.<String>emptyIterator() : values.asIterator();
  }
}
