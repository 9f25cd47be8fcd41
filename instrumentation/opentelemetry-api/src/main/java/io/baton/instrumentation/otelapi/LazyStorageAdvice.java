package io.baton.instrumentation.otelapi;

import io.baton.instrumentation.otelapi.context.BridgedContextStorage;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/** Hands the application's API our context storage instead of its own. */
public final class LazyStorageAdvice {

  private LazyStorageAdvice() {}

  @Advice.OnMethodExit(inline = false, suppress = Throwable.class)
  @Advice.AssignReturned.ToReturned(typing = Assigner.Typing.DYNAMIC)
  public static Object exit(@Advice.Return(typing = Assigner.Typing.DYNAMIC) Object ownStorage) {
    return BridgedContextStorage.replacing(ownStorage);
  }
}
