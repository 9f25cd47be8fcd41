package io.baton.instrumentation.servlet.javax;

import javax.servlet.http.HttpServletRequest;
import net.bytebuddy.asm.Advice;

/**
 * After {@code ServletRequest.startAsync}: attach the listener that ends the span at completion,
 * before any other thread can complete the request.
 */
public final class JavaxStartAsyncAdvice {

  private JavaxStartAsyncAdvice() {}

  @Advice.OnMethodExit(inline = false, suppress = Throwable.class)
  public static void exit(@Advice.This Object request) {
    if (request instanceof HttpServletRequest) {
      JavaxAccess.FLOW.onAsyncStarted((HttpServletRequest) request);
    }
  }
}
