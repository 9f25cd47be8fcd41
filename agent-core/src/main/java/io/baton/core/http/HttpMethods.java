package io.baton.core.http;

import io.baton.core.config.AgentConfig;
import io.opentelemetry.semconv.HttpAttributes.HttpRequestMethodValues;
import java.util.Set;

/**
 * The HTTP methods semconv knows, or the list the user gives instead in
 * {@code otel.instrumentation.http.known-methods} (case-sensitive, replacing the default list, as
 * semconv requires of any instrumentation that reports methods as {@code _OTHER}). Anything else is
 * reported as {@code _OTHER} (with the original kept in {@code http.request.method_original}) and
 * named {@code HTTP}: a client inventing methods must not inflate span-name cardinality.
 */
public final class HttpMethods {

  public static final String OTHER = HttpRequestMethodValues.OTHER;
  static final String KNOWN_METHODS_PROPERTY = "otel.instrumentation.http.known-methods";

  /** Read when the first request is traced; null means the semconv list. */
  private static final class Configured {
    static final Set<String> KNOWN = knownMethods(AgentConfig.get());
  }

  private HttpMethods() {}

  public static boolean isKnown(String method) {
    return isKnown(method, Configured.KNOWN);
  }

  static boolean isKnown(String method, Set<String> known) {
    return known == null ? isStandard(method) : method != null && known.contains(method);
  }

  /** The value for {@code http.request.method}. */
  public static String normalize(String method) {
    return isKnown(method) ? method : OTHER;
  }

  static Set<String> knownMethods(AgentConfig config) {
    return config.getString(KNOWN_METHODS_PROPERTY, null) == null
        ? null
        : Set.copyOf(config.getList(KNOWN_METHODS_PROPERTY));
  }

  private static boolean isStandard(String method) {
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
}
