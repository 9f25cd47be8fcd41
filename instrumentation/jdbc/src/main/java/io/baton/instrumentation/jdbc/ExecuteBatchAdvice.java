package io.baton.instrumentation.jdbc;

import java.sql.Statement;
import net.bytebuddy.asm.Advice;

/** {@code Statement.executeBatch()} / {@code executeLargeBatch()}. */
public final class ExecuteBatchAdvice {

  private ExecuteBatchAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  public static JdbcCall enter(@Advice.This Statement statement) {
    return JdbcCall.startBatch(statement);
  }

  @Advice.OnMethodExit(inline = false, onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.Enter JdbcCall call, @Advice.Thrown Throwable thrown) {
    JdbcCall.end(call, thrown);
  }
}
