package io.baton.instrumentation.httpurlconnection;

import io.baton.core.api.Tracing;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.net.HttpURLConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes the context into the connection's request headers through the configured propagators,
 * and reads the headers the user asked to record. {@code setRequestProperty} replaces a value the
 * application set under the same name, so a stale {@code traceparent} is replaced, never
 * duplicated; other headers are untouched.
 */
final class ConnectionHeaders {

  private static final TextMapSetter<HttpURLConnection> SETTER = HttpURLConnection::setRequestProperty;

  private ConnectionHeaders() {}

  static void inject(HttpURLConnection connection, Context context) {
    Tracing.propagator().inject(context, connection, SETTER);
  }

  /**
   * The application's request properties, before ours are added. The JDK leaves out
   * {@code Authorization} and {@code Proxy-Authorization}, and refuses once the request is sent.
   */
  static List<String> requestValues(HttpURLConnection connection, String lowerCaseName) {
    try {
      return valuesOf(connection.getRequestProperties(), lowerCaseName);
    } catch (IllegalStateException alreadySent) {
      return null;
    }
  }

  static List<String> responseValues(HttpURLConnection connection, String lowerCaseName) {
    return valuesOf(connection.getHeaderFields(), lowerCaseName);
  }

  /**
   * Both maps key headers as they were written, in any case, and the status line under null. The
   * values of a repeated header are recorded in the JDK's order: last first up to Java 17.
   */
  private static List<String> valuesOf(Map<String, List<String>> headers, String lowerCaseName) {
    List<String> values = null;
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (lowerCaseName.equalsIgnoreCase(header.getKey()) && header.getValue() != null) {
        if (values == null) {
          values = new ArrayList<>();
        }
        values.addAll(header.getValue());
      }
    }
    return values;
  }
}
