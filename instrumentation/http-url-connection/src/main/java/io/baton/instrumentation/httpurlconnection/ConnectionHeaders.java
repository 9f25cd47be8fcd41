package io.baton.instrumentation.httpurlconnection;

import io.baton.core.api.Tracing;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.net.HttpURLConnection;

/**
 * Writes the context into the connection's request headers through the configured propagators.
 * {@code setRequestProperty} replaces a value the application set under the same name, so a
 * stale {@code traceparent} is replaced, never duplicated; other headers are untouched.
 */
final class ConnectionHeaders {

  private static final TextMapSetter<HttpURLConnection> SETTER = HttpURLConnection::setRequestProperty;

  private ConnectionHeaders() {}

  static void inject(HttpURLConnection connection, Context context) {
    Tracing.propagator().inject(context, connection, SETTER);
  }
}
