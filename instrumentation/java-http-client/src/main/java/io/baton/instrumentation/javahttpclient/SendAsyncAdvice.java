package io.baton.instrumentation.javahttpclient;

import java.net.http.HttpRequest;
import java.util.concurrent.CompletableFuture;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * {@code HttpClientImpl.sendAsync}: the span ends when the response future completes, and the
 * application gets a future whose callbacks run in its own (the caller's) context instead of
 * whatever the client's internal threads carry.
 */
public final class SendAsyncAdvice {

  private SendAsyncAdvice() {}

  /** Returns {request to send, ClientCall or null}: element 0 replaces the request argument. */
  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  @Advice.AssignReturned.ToArguments(
      @Advice.AssignReturned.ToArguments.ToArgument(value = 0, index = 0, typing = Assigner.Typing.DYNAMIC))
  public static Object[] enter(@Advice.Argument(0) HttpRequest request) {
    return ClientCalls.begin(request);
  }

  @Advice.OnMethodExit(inline = false, onThrowable = Throwable.class, suppress = Throwable.class)
  @Advice.AssignReturned.ToReturned(typing = Assigner.Typing.DYNAMIC)
  public static CompletableFuture<?> exit(
      @Advice.Enter Object[] begun,
      @Advice.Return CompletableFuture<?> future,
      @Advice.Thrown Throwable thrown) {
    ClientCall call = ClientCalls.finishCall(begun);
    if (call == null) {
      return future;
    }
    call.leaveScope();
    if (thrown != null || future == null) {
      call.end(null, thrown);
      return future;
    }
    return CallerContextFuture.endingSpan(future, call);
  }
}
