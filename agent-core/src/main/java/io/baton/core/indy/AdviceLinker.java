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
 * instrumented class cannot see our types; {@code asType} casts back.
 *
 * <p>The call site is the advice method itself, with no wrapper: every advice suppresses its
 * throwables ({@code suppress = Throwable.class}, which {@code AdviceTransformer} insists on),
 * and the handler Byte Buddy weaves around the call hands them to {@link #reportFailure}. A
 * {@code catchException} wrapper per call site did the same a second time and spun about 45
 * {@code LambdaForm} classes while the benchmark app started.
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

  /** The handle the boot dispatcher calls with an advice's throwable and the advice's class name. */
  public static MethodHandle failureReporter() throws ReflectiveOperationException {
    return MethodHandles.lookup().findStatic(
        AdviceLinker.class, "reportFailure", MethodType.methodType(void.class, Throwable.class, String.class));
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
      return new ConstantCallSite(target);
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

  static void reportFailure(Throwable error, String adviceClass) {
    AgentLog.warn("advice " + adviceClass + " failed and was skipped", error);
  }
}
