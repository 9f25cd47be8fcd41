package io.baton.instrumentation.servlet;

/**
 * Names of the request attributes that tie every filter, servlet, forward, include and async
 * dispatch of one request to its single server span. Request attributes, not thread locals: an
 * async dispatch or a completion runs on another thread with the same request. The values are
 * only OpenTelemetry or JDK types, because advice of this instrumentation is loaded once per
 * class loader (container and each web application) and all of them must read them.
 */
public final class RequestAttributes {

  /** The request's {@code io.opentelemetry.context.Context}, holding its server span. */
  public static final String CONTEXT = "io.baton.servlet.context";

  /** Present once {@code http.route} is known ({@code String}). */
  public static final String ROUTE = "io.baton.servlet.route";

  /** Present once an async listener owns ending the span ({@code Boolean.TRUE}). */
  public static final String ASYNC_LISTENER = "io.baton.servlet.async-listener";

  /** The throwable already recorded on the span, so the async listener does not record it twice. */
  public static final String RECORDED_ERROR = "io.baton.servlet.recorded-error";

  private RequestAttributes() {}
}
