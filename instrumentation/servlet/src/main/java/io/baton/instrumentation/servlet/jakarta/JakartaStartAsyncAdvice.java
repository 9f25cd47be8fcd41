package io.baton.instrumentation.servlet.jakarta;

import jakarta.servlet.http.HttpServletRequest;
import net.bytebuddy.asm.Advice;

/**
 * After {@code ServletRequest.startAsync}: attach the listener that ends the span at completion,
 * before any other thread can complete the request.
 */
public final class JakartaStartAsyncAdvice {

  private JakartaStartAsyncAdvice() {}

  @Advice.OnMethodExit(inline = false, suppress = Throwable.class)
  public static void exit(@Advice.This Object request) {
    if (request instanceof HttpServletRequest) {
      JakartaAccess.FLOW.onAsyncStarted((HttpServletRequest) request);
    }
  }
}
