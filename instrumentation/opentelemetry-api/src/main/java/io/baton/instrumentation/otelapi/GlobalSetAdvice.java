package io.baton.instrumentation.otelapi;

import io.baton.core.bridge.GlobalInstallAttempts;
import net.bytebuddy.asm.Advice;

/**
 * {@code GlobalOpenTelemetry.set(sdk)} while the agent runs: skipped with one warning. The
 * application keeps its SDK object (spans it makes directly still parent under the agent's
 * context); {@code GlobalOpenTelemetry.get()} stays the agent's. {@code set(null)} is not skipped,
 * so it still throws as the API documents.
 */
public final class GlobalSetAdvice {

  private GlobalSetAdvice() {}

  @Advice.OnMethodEnter(skipOn = Advice.OnNonDefaultValue.class, inline = false, suppress = Throwable.class)
  public static boolean enter(@Advice.Argument(0) Object openTelemetry) {
    if (openTelemetry == null) {
      return false;
    }
    GlobalInstallAttempts.ignored(openTelemetry.getClass().getName());
    return true;
  }
}
