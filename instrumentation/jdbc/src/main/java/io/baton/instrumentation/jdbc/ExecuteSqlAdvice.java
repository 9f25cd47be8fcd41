package io.baton.instrumentation.jdbc;

import java.sql.Statement;
import net.bytebuddy.asm.Advice;

/** {@code Statement.execute/executeQuery/executeUpdate/executeLargeUpdate(String sql, ...)}. */
public final class ExecuteSqlAdvice {

  private ExecuteSqlAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  public static JdbcCall enter(@Advice.This Statement statement, @Advice.Argument(0) String sql) {
    return JdbcCall.startStatement(statement, sql);
  }

  @Advice.OnMethodExit(inline = false, onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.Enter JdbcCall call, @Advice.Thrown Throwable thrown) {
    JdbcCall.end(call, thrown);
  }
}
