package io.baton.core.indy;

import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Template of the one class we place in the boot loader, renamed to
 * {@value BootDispatcherInjector#DISPATCHER_NAME} on injection. Every advice call site in every
 * class loader bootstraps through it, so it may only reference JDK types; the real linking is
 * done by {@link AdviceLinker} in the agent's class loader. If linking fails the call site becomes
 * a no-op: the application keeps running, untraced.
 *
 * <p>It is also where an advice's throwable is reported: every advice suppresses what it throws,
 * and the handler Byte Buddy weaves around the call passes it here, from any class loader.
 */
public final class IndyDispatcherTemplate {

  private static volatile MethodHandle linker;
  private static volatile MethodHandle reporter;

  private IndyDispatcherTemplate() {}

  /** Set once by the agent; later calls (another copy of an agent, application code) are ignored. */
  public static synchronized void install(MethodHandle agentLinker, MethodHandle agentReporter) {
    if (linker == null) {
      linker = agentLinker;
      reporter = agentReporter;
    }
  }

  /** Called by the instrumented method with what its advice threw; never throws itself. */
  public static void adviceFailed(Throwable error, String adviceClass) {
    MethodHandle current = reporter;
    if (current != null) {
      try {
        current.invokeExact(error, adviceClass);
      } catch (Throwable ignored) {
        // reporting is best effort: the application's method must go on
      }
    }
  }

  public static CallSite bootstrap(
      MethodHandles.Lookup lookup, String adviceMethodName, MethodType type, Object... args) {
    MethodHandle current = linker;
    if (current != null) {
      try {
        return (CallSite) current.invoke(lookup, adviceMethodName, type, args);
      } catch (Throwable ignored) {
        // fall through to the no-op site; AdviceLinker already reported why
      }
    }
    return new ConstantCallSite(MethodHandles.empty(type));
  }
}
