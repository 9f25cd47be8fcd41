package io.baton.instrumentation.httpurlconnection;

import io.baton.core.api.CallDepth;
import io.baton.core.log.AgentLog;
import java.net.HttpURLConnection;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Which connection belongs to which call. A connection is used through several method calls,
 * possibly on several threads, and we may not add a field to JDK classes (retransformation), so
 * the link is a weak map: a connection the application drops takes its entry with it.
 *
 * <p>Only the outermost instrumented call on a thread counts ({@code getResponseCode} calls
 * {@code getInputStream}, which calls {@code connect}; an {@code HttpURLConnection} subclass
 * wrapping another delegates to it): a wrapping library gets one span, not two.
 */
final class ConnectionCalls {

  private static final CallDepth DEPTH = CallDepth.forKey("http-url-connection");
  private static final Map<HttpURLConnection, ConnectionCall> CALLS = Collections.synchronizedMap(new WeakHashMap<>());

  private ConnectionCalls() {}

  /** Returns the open call this method takes part in, or null; always enters the depth first. */
  static ConnectionCall enter(HttpURLConnection connection, boolean connected, String method) {
    if (DEPTH.enter() > 0) {
      return null;
    }
    try {
      ConnectionCall call = CALLS.get(connection);
      if (call == null) {
        if (connected) {
          return null; // opened before we could inject: leave it alone
        }
        call = ConnectionCall.start(connection, method);
        CALLS.put(connection, call);
      }
      return call.isOpen() ? call : null;
    } catch (Throwable t) {
      AgentLog.debug("http-url-connection: request left untraced: " + t);
      return null;
    }
  }

  static void exit(ConnectionCall call, HttpURLConnection connection, int responseCode, String method, Throwable thrown) {
    try {
      if (call != null) {
        call.after(connection, method, responseCode, thrown); // may read headers: still inside the depth
      }
    } finally {
      DEPTH.exit();
    }
  }
}
