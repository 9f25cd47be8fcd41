package io.baton.instrumentation.jdbc;

import java.sql.Statement;
import net.bytebuddy.asm.Advice;

/**
 * {@code Statement.close()}: forgets the statement's SQL and batch now rather than when a GC clears
 * it from the weak maps. Until then each entry is live at every young collection, which copies it:
 * with a statement prepared per request, every statement prepared since the previous collection.
 */
public final class StatementCloseAdvice {

  private StatementCloseAdvice() {}

  @Advice.OnMethodExit(inline = false, onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(@Advice.This Statement statement) {
    PreparedSqls.forget(statement);
    StatementBatches.clear(statement);
  }
}
