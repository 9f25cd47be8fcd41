package io.baton.instrumentation.jdbc;

import java.sql.Statement;
import net.bytebuddy.asm.Advice;

/** {@code Statement.clearBatch()}. */
public final class ClearBatchAdvice {

  private ClearBatchAdvice() {}

  @Advice.OnMethodExit(inline = false, onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.This Statement statement) {
    StatementBatches.clear(statement);
  }
}
