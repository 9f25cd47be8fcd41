package io.baton.instrumentation.javahttpclient;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * {@code HttpClientImpl.send}: the span is current while the call blocks and ends with the
 * response, or with the exception exactly as the application receives it.
 */
public final class SendAdvice {

  private SendAdvice() {}

  /** Returns {request to send, ClientCall or null}: element 0 replaces the request argument. */
  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  @Advice.AssignReturned.ToArguments(
      @Advice.AssignReturned.ToArguments.ToArgument(value = 0, index = 0, typing = Assigner.Typing.DYNAMIC))
  public static Object[] enter(@Advice.Argument(0) HttpRequest request) {
    return ClientCalls.begin(request);
  }

  @Advice.OnMethodExit(inline = false, onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(
      @Advice.Enter Object[] begun, @Advice.Return HttpResponse<?> response, @Advice.Thrown Throwable thrown) {
    ClientCall call = ClientCalls.finishCall(begun);
    if (call != null) {
      call.leaveScope();
      call.end(response, thrown);
    }
  }
}
