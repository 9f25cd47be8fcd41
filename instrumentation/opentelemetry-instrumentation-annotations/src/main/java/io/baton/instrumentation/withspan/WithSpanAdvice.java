package io.baton.instrumentation.withspan;

import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * Starts the method's span and makes it current; ends it when the method returns or throws, or,
 * for a returned {@code CompletionStage}, when that completes. The method is identified by its
 * class and name+descriptor (constants at the call site, no reflection per call).
 */
public final class WithSpanAdvice {

  private WithSpanAdvice() {}

  @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
  public static AnnotatedCall enter(
      @Advice.Origin Class<?> type, @Advice.Origin("#m#d") String method, @Advice.AllArguments Object[] arguments) {
    return AnnotatedCall.start(type, method, arguments);
  }

  @Advice.OnMethodExit(inline = false, onThrowable = Throwable.class, suppress = Throwable.class)
  public static void exit(
      @Advice.Enter AnnotatedCall call,
      @Advice.Return(typing = Assigner.Typing.DYNAMIC) Object returned,
      @Advice.Thrown Throwable thrown) {
    if (call != null) {
      call.finish(returned, thrown);
    }
  }
}
