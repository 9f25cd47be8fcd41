package io.baton.core.indy;

import io.baton.core.log.AgentLog;
import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * Links an advice call site, once per instrumented method, to the advice method loaded in the
 * right {@link AdviceClassLoader}. Call sites are typed with {@code Object} where the
 * instrumented class cannot see our types; {@code asType} casts back. Every linked advice is
 * wrapped so that a throwable it lets escape is reported and swallowed: whatever an advice
 * does wrong, the application's method runs as if we were not there.
 */
public final class AdviceLinker {

  private final List<AdviceLoaders> loadersByModule;

  private AdviceLinker(List<AdviceLoaders> loadersByModule) {
    this.loadersByModule = loadersByModule;
  }

  /** Bootstrap arguments: the module's index in this list, then the advice class name. */
  public static AdviceLinker create(
      ClassLoader agentLoader, List<String> modulePackagePrefixes, String[] agentPackagePrefixes) {
    AdviceLoaders[] loaders = new AdviceLoaders[modulePackagePrefixes.size()];
    for (int i = 0; i < loaders.length; i++) {
      loaders[i] = new AdviceLoaders(agentLoader, modulePackagePrefixes.get(i), agentPackagePrefixes);
    }
    return new AdviceLinker(List.of(loaders));
  }

  public MethodHandle asMethodHandle() throws ReflectiveOperationException {
    return MethodHandles.lookup()
        .findVirtual(
            AdviceLinker.class,
            "link",
            MethodType.methodType(
                CallSite.class, MethodHandles.Lookup.class, String.class, MethodType.class, Object[].class))
        .bindTo(this);
  }

  public CallSite link(MethodHandles.Lookup lookup, String adviceMethod, MethodType type, Object[] args) {
    String adviceClass = args.length > 1 ? String.valueOf(args[1]) : "?";
    try {
      int module = Integer.parseInt(String.valueOf(args[0]));
      ClassLoader appLoader = lookup.lookupClass().getClassLoader();
      Class<?> advice = Class.forName(adviceClass, true, loadersByModule.get(module).forApplicationLoader(appLoader));
      MethodHandle target = MethodHandles.lookup().unreflect(findStatic(advice, adviceMethod)).asType(type);
      return new ConstantCallSite(swallowingThrowables(target, adviceClass));
    } catch (Throwable t) {
      AgentLog.warn("advice " + adviceClass + " could not be linked into " + lookup.lookupClass().getName(), t);
      return new ConstantCallSite(MethodHandles.empty(type));
    }
  }

  private static Method findStatic(Class<?> advice, String name) throws NoSuchMethodException {
    for (Method method : advice.getDeclaredMethods()) {
      if (method.getName().equals(name) && Modifier.isStatic(method.getModifiers())) {
        return method;
      }
    }
    throw new NoSuchMethodException(advice.getName() + "." + name);
  }

  private static MethodHandle swallowingThrowables(MethodHandle target, String adviceClass)
      throws ReflectiveOperationException {
    MethodType type = target.type();
    MethodHandle report =
        MethodHandles.lookup()
            .findStatic(AdviceLinker.class, "adviceFailed", MethodType.methodType(void.class, String.class, Throwable.class))
            .bindTo(adviceClass);
    MethodHandle fallback =
        MethodHandles.empty(type.insertParameterTypes(0, Throwable.class));
    MethodHandle handler = MethodHandles.foldArguments(fallback, report);
    return MethodHandles.catchException(target, Throwable.class, handler);
  }

  static void adviceFailed(String adviceClass, Throwable error) {
    AgentLog.warn("advice " + adviceClass + " failed and was skipped", error);
  }
}
