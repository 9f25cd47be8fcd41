package io.baton.instrumentation.jdbc;

import net.bytebuddy.asm.Advice;

/** {@code Driver.connect(url, properties)}: the new connection's database, from its URL. */
public final class DriverConnectAdvice {

  private DriverConnectAdvice() {}

  @Advice.OnMethodExit(inline = false, suppress = Throwable.class)
  public static void exit(@Advice.Argument(0) String url, @Advice.Return Object connection) {
    ConnectionInfos.connected(connection, url);
  }
}
