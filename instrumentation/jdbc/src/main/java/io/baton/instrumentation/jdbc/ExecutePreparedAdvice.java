package io.baton.instrumentation.jdbc;

import java.sql.Statement;
import net.bytebuddy.asm.Advice;

/** {@code PreparedStatement/CallableStatement.execute/executeQuery/executeUpdate/executeLargeUpdate()}. */
public final class ExecutePreparedAdvice {

  private ExecutePreparedAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  public static JdbcCall enter(@Advice.This Statement statement) {
    return JdbcCall.startPrepared(statement);
  }

  @Advice.OnMethodExit(inline = false, onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.Enter JdbcCall call, @Advice.Thrown Throwable thrown) {
    JdbcCall.end(call, thrown);
  }
}
