package io.baton.instrumentation.otelapi;

import io.baton.instrumentation.otelapi.trace.BridgedOpenTelemetry;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.implementation.bytecode.assign.Assigner;

/**
 * {@code GlobalOpenTelemetry.get()} returns the agent's pipeline. The original body is skipped:
 * it would otherwise try the application's autoconfiguration or register a no-op global. If the
 * bridge cannot load, nothing is skipped and the application's own answer stands.
 */
public final class GlobalGetAdvice {

  private GlobalGetAdvice() {}

  @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, inline = false, suppress = Throwable.class)
  public static boolean enter() {
    return BridgedOpenTelemetry.INSTANCE != null;
  }

  @Advice.OnMethodExit(inline = false, suppress = Throwable.class)
  @Advice.AssignReturned.ToReturned(typing = Assigner.Typing.DYNAMIC)
  public static Object exit(@Advice.Return(typing = Assigner.Typing.DYNAMIC) Object original) {
    return original != null ? original : BridgedOpenTelemetry.INSTANCE;
  }
}
