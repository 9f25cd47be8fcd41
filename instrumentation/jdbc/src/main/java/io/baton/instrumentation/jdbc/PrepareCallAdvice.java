package io.baton.instrumentation.jdbc;

import net.bytebuddy.asm.Advice;

/** {@code Connection.prepareCall(String sql, ...)}: the statement remembers its SQL, as a call. */
public final class PrepareCallAdvice {

  private PrepareCallAdvice() {}

  @Advice.OnMethodExit(inline = false, suppress = Throwable.class)
  public static void exit(@Advice.Argument(0) String sql, @Advice.Return Object statement) {
    PreparedSqls.remember(statement, sql, true);
  }
}
