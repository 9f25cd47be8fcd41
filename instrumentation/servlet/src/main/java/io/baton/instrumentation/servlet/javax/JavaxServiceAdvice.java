package io.baton.instrumentation.servlet.javax;

import io.baton.instrumentation.servlet.RequestScope;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import net.bytebuddy.asm.Advice;

/** Around every {@code Filter.doFilter} and {@code Servlet.service}: one span per request. */
public final class JavaxServiceAdvice {

  private JavaxServiceAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  public static RequestScope enter(@Advice.This Object handler, @Advice.Argument(0) ServletRequest request) {
    if (!(request instanceof HttpServletRequest)) {
      return null;
    }
    return JavaxAccess.FLOW.enter((HttpServletRequest) request, handler);
  }

  @Advice.OnMethodExit(inline = false, onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(
      @Advice.Enter RequestScope scope,
      @Advice.Argument(0) ServletRequest request,
      @Advice.Argument(1) ServletResponse response,
      @Advice.Thrown Throwable thrown) {
    if (scope != null) {
      JavaxAccess.FLOW.exit(scope, (HttpServletRequest) request, response, thrown);
    }
  }
}
