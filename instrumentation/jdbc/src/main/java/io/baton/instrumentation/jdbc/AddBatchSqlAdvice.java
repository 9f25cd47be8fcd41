package io.baton.instrumentation.jdbc;

import java.sql.Statement;
import net.bytebuddy.asm.Advice;

/** {@code Statement.addBatch(String sql)}: remembered once it was accepted. */
public final class AddBatchSqlAdvice {

  private AddBatchSqlAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  public static boolean enter() {
    return BatchGuard.enter();
  }

  @Advice.OnMethodExit(inline = false, onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(
      @Advice.Enter boolean outermost,
      @Advice.This Statement statement,
      @Advice.Argument(0) String sql,
      @Advice.Thrown Throwable thrown) {
    BatchGuard.exit();
    if (outermost && thrown == null) {
      StatementBatches.addText(statement, sql);
    }
  }
}
