package io.baton.instrumentation.jdbc;

import net.bytebuddy.asm.Advice;

/** {@code Connection.prepareStatement(String sql, ...)}: the statement remembers its SQL. */
public final class PrepareStatementAdvice {

  private PrepareStatementAdvice() {}

  @Advice.OnMethodExit(inline = false, suppress = Throwable.class)
  public static void exit(@Advice.Argument(0) String sql, @Advice.Return Object statement) {
    PreparedSqls.remember(statement, sql, false);
  }
}
