package io.baton.core.http;

import io.opentelemetry.semconv.HttpAttributes.HttpRequestMethodValues;

/**
 * The HTTP methods semconv knows. Anything else is reported as {@code _OTHER} (with the original
 * kept in {@code http.request.method_original}) and named {@code HTTP}: a client inventing methods
 * must not inflate span-name cardinality.
 */
public final class HttpMethods {

  public static final String OTHER = HttpRequestMethodValues.OTHER;

  private HttpMethods() {}

  public static boolean isKnown(String method) {
    if (method == null) {
      return false;
    }
    switch (method) {
      case HttpRequestMethodValues.GET:
      case HttpRequestMethodValues.POST:
      case HttpRequestMethodValues.PUT:
      case HttpRequestMethodValues.DELETE:
      case HttpRequestMethodValues.HEAD:
      case HttpRequestMethodValues.PATCH:
      case HttpRequestMethodValues.OPTIONS:
      case HttpRequestMethodValues.TRACE:
      case HttpRequestMethodValues.CONNECT:
        return true;
      default:
        return false;
    }
  }

  /** The value for {@code http.request.method}. */
  public static String normalize(String method) {
    return isKnown(method) ? method : OTHER;
  }
}
