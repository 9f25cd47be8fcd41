package io.baton.instrumentation.servlet;

import java.util.Enumeration;

/**
 * What the shared span logic reads from a request, without naming {@code javax.servlet} or
 * {@code jakarta.servlet}: each flavour supplies a thin adapter, so the HTTP semantics are
 * written (and tested) once.
 */
public interface HttpRequestView {

  String method();

  String scheme();

  String serverName();

  int serverPort();

  /** The raw, undecoded path as sent ({@code getRequestURI}). */
  String requestUri();

  String queryString();

  /** {@code HTTP/1.1} style, as {@code getProtocol} reports it. */
  String protocol();

  String remoteAddr();

  int remotePort();

  String header(String name);

  /** All values of a possibly repeated header; never null. */
  Enumeration<String> headers(String name);

  /** Every header name; never null. */
  Enumeration<String> headerNames();
}
