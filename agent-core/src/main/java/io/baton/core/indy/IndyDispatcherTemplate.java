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
 */
public final class IndyDispatcherTemplate {

  private static volatile MethodHandle linker;

  private IndyDispatcherTemplate() {}

  /** Set once by the agent; later calls (another copy of an agent, application code) are ignored. */
  public static synchronized void install(MethodHandle agentLinker) {
    if (linker == null) {
      linker = agentLinker;
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
