package io.baton.instrumentation.servlet.jakarta;

import io.baton.instrumentation.servlet.RequestScope;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import net.bytebuddy.asm.Advice;

/** Around every {@code Filter.doFilter} and {@code Servlet.service}: one span per request. */
public final class JakartaServiceAdvice {

  private JakartaServiceAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  public static RequestScope enter(@Advice.This Object handler, @Advice.Argument(0) ServletRequest request) {
    if (!(request instanceof HttpServletRequest)) {
      return null;
    }
    return JakartaAccess.FLOW.enter((HttpServletRequest) request, handler);
  }

  @Advice.OnMethodExit(inline = false, onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(
      @Advice.Enter RequestScope scope,
      @Advice.Argument(0) ServletRequest request,
      @Advice.Argument(1) ServletResponse response,
      @Advice.Thrown Throwable thrown) {
    if (scope != null) {
      JakartaAccess.FLOW.exit(scope, (HttpServletRequest) request, response, thrown);
    }
  }
}
