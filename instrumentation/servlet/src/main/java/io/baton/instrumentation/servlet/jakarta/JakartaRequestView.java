package io.baton.instrumentation.servlet.jakarta;

import io.baton.instrumentation.servlet.HttpRequestView;
import java.util.Collections;
import java.util.Enumeration;
import jakarta.servlet.http.HttpServletRequest;

/** {@link HttpRequestView} over a {@code jakarta.servlet} request. */
final class JakartaRequestView implements HttpRequestView {

  private final HttpServletRequest request;

  JakartaRequestView(HttpServletRequest request) {
    this.request = request;
  }

  @Override
  public String method() {
    return request.getMethod();
  }

  @Override
  public String scheme() {
    return request.getScheme();
  }

  @Override
  public String serverName() {
    return request.getServerName();
  }

  @Override
  public int serverPort() {
    return request.getServerPort();
  }

  @Override
  public String requestUri() {
    return request.getRequestURI();
  }

  @Override
  public String queryString() {
    return request.getQueryString();
  }

  @Override
  public String protocol() {
    return request.getProtocol();
  }

  @Override
  public String remoteAddr() {
    return request.getRemoteAddr();
  }

  @Override
  public int remotePort() {
    return request.getRemotePort();
  }

  @Override
  public String header(String name) {
    return request.getHeader(name);
  }

  @Override
  public Enumeration<String> headers(String name) {
    Enumeration<String> values = request.getHeaders(name);
    return values == null ? Collections.<String>emptyEnumeration() : values;
  }

  @Override
  public Enumeration<String> headerNames() {
    Enumeration<String> names = request.getHeaderNames();
    return names == null ? Collections.<String>emptyEnumeration() : names;
  }
}
