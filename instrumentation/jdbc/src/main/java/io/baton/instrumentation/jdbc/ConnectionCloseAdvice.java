package io.baton.instrumentation.jdbc;

import java.sql.Connection;
import net.bytebuddy.asm.Advice;

/**
 * {@code Connection.close()}: forgets the connection's database info now rather than when a GC
 * clears it from the weak map. Pools hand out a new connection object per checkout (H2's, Hikari's
 * proxies), so otherwise each young collection copies an entry for every checkout since the last.
 */
public final class ConnectionCloseAdvice {

  private ConnectionCloseAdvice() {}

  @Advice.OnMethodExit(inline = false, onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.This Connection connection) {
    ConnectionInfos.forget(connection);
  }
}
