package io.baton.instrumentation.httpurlconnection;

import java.net.HttpURLConnection;
import net.bytebuddy.asm.Advice;

/**
 * On {@code connect}, {@code getOutputStream}, {@code getInputStream} and {@code getResponseCode}:
 * the first of them starts the span and injects the headers (the request is not sent yet); the
 * one that sees the response (or the failure) ends it.
 */
public final class ConnectionAdvice {

  private ConnectionAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  public static ConnectionCall enter(
      @Advice.This HttpURLConnection connection,
      @Advice.FieldValue("connected") boolean connected,
      @Advice.Origin("#m") String method) {
    return ConnectionCalls.enter(connection, connected, method);
  }

  @Advice.OnMethodExit(inline = false, onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(
      @Advice.Enter ConnectionCall call,
      @Advice.This HttpURLConnection connection,
      @Advice.FieldValue("responseCode") int responseCode,
      @Advice.Origin("#m") String method,
      @Advice.Thrown Throwable thrown) {
    ConnectionCalls.exit(call, connection, responseCode, method, thrown);
  }
}
