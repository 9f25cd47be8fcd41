package io.baton.instrumentation.servlet.jakarta;

import io.opentelemetry.context.Context;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/** {@code AsyncContext.start(Runnable)}: the task runs in the request's context, on whatever thread. */
public final class JakartaAsyncRunnableAdvice {

  private JakartaAsyncRunnableAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  @Advice.AssignReturned.ToArguments(@Advice.AssignReturned.ToArguments.ToArgument(value = 0, typing = Assigner.Typing.DYNAMIC))
  public static Runnable enter(@Advice.This Object self, @Advice.Argument(0) Runnable task) {
    if (!(self instanceof AsyncContext) || task == null) {
      return task;
    }
    ServletRequest request = ((AsyncContext) self).getRequest();
    Context context = request instanceof HttpServletRequest ? JakartaAccess.FLOW.contextOf((HttpServletRequest) request) : null;
    return context == null ? task : context.wrap(task);
  }
}
