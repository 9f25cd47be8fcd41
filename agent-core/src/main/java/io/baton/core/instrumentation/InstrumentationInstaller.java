package io.baton.core.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.any;
import static net.bytebuddy.matcher.ElementMatchers.is;

import io.baton.core.config.AgentConfig;
import io.baton.core.indy.AdviceLinker;
import io.baton.core.indy.BootDispatcherInjector;
import io.baton.core.log.AgentLog;
import io.baton.core.sdk.OpenTelemetryPackage;
import java.lang.instrument.Instrumentation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.scaffold.MethodGraph;
import net.bytebuddy.dynamic.scaffold.TypeValidation;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.utility.JavaConstant;

/**
 * Turns the enabled modules into one Byte Buddy {@link AgentBuilder}: classes already loaded are
 * retransformed, no class gets new members (so retransformation never fails on shape changes),
 * and every advice is bound through the invokedynamic dispatcher. A disabled module is never
 * handed to this class, so it transforms nothing.
 */
public final class InstrumentationInstaller {

  private InstrumentationInstaller() {}

  public static ResettableClassFileTransformer install(
      Instrumentation inst, ClassLoader agentLoader, List<InstrumentationModule> modules) throws Exception {
    AgentConfig config = AgentConfig.get();
    return install(inst, agentLoader, modules, UserExclusions.from(config), WeaveCaches.open(config, modules));
  }

  static ResettableClassFileTransformer install(Instrumentation inst, ClassLoader agentLoader,
      List<InstrumentationModule> modules, UserExclusions exclusions, WeaveCache weaveCache) throws Exception {
    initialiseTypeConstants();
    List<String> packagePrefixes = new ArrayList<>();
    for (InstrumentationModule module : modules) {
      packagePrefixes.add(module.advicePackagePrefix());
    }
    List<ClassLoaderHasClasses> libraryPresent = new ArrayList<>();
    for (InstrumentationModule module : modules) {
      libraryPresent.add(new ClassLoaderHasClasses(module.libraryMarkerClasses()));
    }
    AdviceLinker linker = AdviceLinker.create(agentLoader, packagePrefixes, agentPackagePrefixes());
    Class<?> dispatcher = BootDispatcherInjector.inject(inst, linker.asMethodHandle(), AdviceLinker.failureReporter());
    Method bootstrap = BootDispatcherInjector.bootstrapMethod(dispatcher);
    Method failureReport = BootDispatcherInjector.failureMethod(dispatcher);
    SharedTypePool typePools = new SharedTypePool();
    ClassHints hints = ClassHints.of(hints(modules, libraryPresent), exclusions);
    LoadTimeOffers offers = new LoadTimeOffers();

    AgentBuilder builder =
        newAgentBuilder()
            .disableClassFormatChanges()
            // advice only: decorating visits the class once, without the bookkeeping of a redefinition
            .with(AgentBuilder.TypeStrategy.Default.DECORATE)
            .with(AgentBuilder.RedefinitionStrategy.RETRANSFORMATION)
            // the agent installs while the application runs: look again for classes loaded meanwhile
            .with(new SweepDiscovery(hints, offers))
            .with(typePools)
            // the shared pool keeps parsed types per loader; through a strong locator they would
            // keep an undeployed application's loader alive
            .with(AgentBuilder.LocationStrategy.ForClassLoader.WEAK)
            .with(new TransformListener())
            .with(HintFilter.decorator(hints, offers, weaveCache))
            .ignore(IgnoredTypes.matcher().or(exclusions.types()))
            .or(any(), isAgentOwnLoader(agentLoader).or(isAdviceLoader()).or(exclusions.loaders()));
    for (int index = 0; index < modules.size(); index++) {
      InstrumentationModule module = modules.get(index);
      Advice.WithCustomMapping mapping = adviceMapping(bootstrap, index);
      for (TypeInstrumentation type : module.typeInstrumentations()) {
        AdviceTransformer transformer = new AdviceTransformer(mapping, agentLoader, typePools, failureReport);
        type.applyAdvice(transformer);
        builder = builder.type(type.typeMatcher(), libraryPresent.get(index)).transform(transformer);
      }
      AgentLog.debug("instrumentation " + module.names().get(0) + " installed");
    }
    try {
      return builder.installOn(inst);
    } finally {
      offers.close();
    }
  }

  /**
   * Initialises Byte Buddy's type constants on this thread, before the transformer can run Byte
   * Buddy on the application's threads. In the agent jar they are the loaded types' descriptions
   * instead of Byte Buddy's lazy proxies (see {@code LoadedTypeConstant}), and two threads
   * initialising them for the first time at once could deadlock.
   */
  private static void initialiseTypeConstants() {
    Objects.requireNonNull(TypeDescription.Generic.OBJECT, "TypeDescription.Generic.OBJECT");
    Objects.requireNonNull(TypeDescription.OBJECT, "TypeDescription.OBJECT");
  }

  /** One hint per module, gated by the same marker-class check as its matchers (one cache each). */
  private static List<ClassHints.ModuleHint> hints(
      List<InstrumentationModule> modules, List<ClassLoaderHasClasses> libraryPresent) {
    List<ClassHints.ModuleHint> hints = new ArrayList<>();
    for (int index = 0; index < modules.size(); index++) {
      TypeHint hint = null;
      for (TypeInstrumentation type : modules.get(index).typeInstrumentations()) {
        hint = hint == null ? type.hint() : hint.or(type.hint());
      }
      if (hint != null) {
        hints.add(new ClassHints.ModuleHint(libraryPresent.get(index), hint));
      }
    }
    return hints;
  }

  /**
   * Byte Buddy's default builder prepares "Nexus" self-injection, which we never use (advice is
   * bound through invokedynamic) and whose set-up calls {@code sun.misc.Unsafe}: JDK 24+ then
   * prints a deprecation warning into the application's output. Byte Buddy's own switch skips it.
   */
  private static AgentBuilder newAgentBuilder() {
    String property = "net.bytebuddy.nexus.disabled";
    String previous = System.getProperty(property);
    System.setProperty(property, "true");
    try {
      // advice only rewrites methods a class declares: without ForDeclaredMethods Byte Buddy builds
      // the graph of every inherited method too, parsing the whole hierarchy of each class it
      // weaves (a profile of the benchmark app's start-up showed that for Tomcat's Request)
      return new AgentBuilder.Default(
          new ByteBuddy().with(TypeValidation.DISABLED).with(MethodGraph.Compiler.ForDeclaredMethods.INSTANCE));
    } finally {
      if (previous == null) {
        System.clearProperty(property);
      } else {
        System.setProperty(property, previous);
      }
    }
  }

  /** Where advice resolves our classes: relocated OpenTelemetry in the agent jar, plain in tests. */
  static String[] agentPackagePrefixes() {
    return OpenTelemetryPackage.isRelocated()
        ? new String[] {"io.baton."}
        : new String[] {"io.baton.", "io.opentelemetry."};
  }

  private static Advice.WithCustomMapping adviceMapping(Method bootstrap, int moduleIndex) {
    String module = Integer.toString(moduleIndex);
    return Advice.withCustomMapping()
        .with(new Advice.AssignReturned.Factory().withSuppressed(Throwable.class))
        .bootstrap(
            bootstrap,
            (adviceMethod, exit) ->
                (instrumentedType, instrumentedMethod) ->
                    List.of(
                        JavaConstant.Simple.ofLoaded(module),
                        JavaConstant.Simple.ofLoaded(adviceMethod.getDeclaringType().getName())),
            TypeDescription.Generic.Visitor.Generalizing.INSTANCE);
  }

  /**
   * Our isolated loader holds copies of libraries (OkHttp, Kotlin) that must never be traced. In
   * tests the "agent loader" is the class path itself, which must stay instrumentable.
   */
  private static ElementMatcher.Junction<ClassLoader> isAgentOwnLoader(ClassLoader agentLoader) {
    return agentLoader == ClassLoader.getSystemClassLoader()
        ? net.bytebuddy.matcher.ElementMatchers.none()
        : is(agentLoader);
  }

  private static ElementMatcher.Junction<ClassLoader> isAdviceLoader() {
    return new ElementMatcher.Junction.AbstractBase<ClassLoader>() {
      @Override
      public boolean matches(ClassLoader loader) {
        return loader != null && loader.getClass().getName().equals("io.baton.core.indy.AdviceClassLoader");
      }
    };
  }
}
