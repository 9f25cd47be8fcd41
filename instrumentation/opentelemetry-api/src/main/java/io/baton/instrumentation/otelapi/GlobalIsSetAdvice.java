package io.baton.instrumentation.otelapi;

import net.bytebuddy.asm.Advice;

/** {@code GlobalOpenTelemetry.isSet()}: the agent's pipeline is the global one, so yes. */
public final class GlobalIsSetAdvice {

  private GlobalIsSetAdvice() {}

  @Advice.OnMethodExit(inline = false, suppress = Throwable.class)
  @Advice.AssignReturned.ToReturned
  public static boolean exit() {
    return true;
  }
}
