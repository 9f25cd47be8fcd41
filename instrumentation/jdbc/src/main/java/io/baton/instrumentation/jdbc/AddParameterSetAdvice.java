package io.baton.instrumentation.jdbc;

import java.sql.Statement;
import net.bytebuddy.asm.Advice;

/** {@code PreparedStatement.addBatch()}: one more parameter set. */
public final class AddParameterSetAdvice {

  private AddParameterSetAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  public static boolean enter() {
    return BatchGuard.enter();
  }

  @Advice.OnMethodExit(inline = false, onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(
      @Advice.Enter boolean outermost, @Advice.This Statement statement, @Advice.Thrown Throwable thrown) {
    BatchGuard.exit();
    if (outermost && thrown == null) {
      StatementBatches.addParameterSet(statement);
    }
  }
}
