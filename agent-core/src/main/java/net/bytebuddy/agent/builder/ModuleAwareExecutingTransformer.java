package net.bytebuddy.agent.builder;

import java.lang.instrument.IllegalClassFormatException;
import java.security.ProtectionDomain;
import java.util.List;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.dynamic.ClassFileLocator;

/**
 * Byte Buddy's transformer with the {@code Module}-aware {@code transform} overload written out.
 * Byte Buddy still runs on Java versions without {@code Module}, so on Java 9+ it generates this
 * very subclass at run time, the first time any agent builder is made: profiled on an idle
 * application, that generation was more than half of the agent's installation CPU, and it loads
 * the whole subclassing half of Byte Buddy, which the agent otherwise never uses (advice only
 * decorates classes). It lives in Byte Buddy's package because its constructor's parameter types
 * are package-visible there.
 *
 * @see PrecompiledCreationAction how the agent jar makes Byte Buddy use it
 */
public class ModuleAwareExecutingTransformer extends AgentBuilder.Default.ExecutingTransformer {

  /** The same parameters as Byte Buddy's, in its order: its factory calls this by reflection. */
  public ModuleAwareExecutingTransformer(ByteBuddy byteBuddy, AgentBuilder.Listener listener,
      AgentBuilder.PoolStrategy poolStrategy, AgentBuilder.TypeStrategy typeStrategy,
      AgentBuilder.LocationStrategy locationStrategy, ClassFileLocator classFileLocator,
      AgentBuilder.Default.NativeMethodStrategy nativeMethodStrategy,
      AgentBuilder.InitializationStrategy initializationStrategy, AgentBuilder.InjectionStrategy injectionStrategy,
      AgentBuilder.LambdaInstrumentationStrategy lambdaInstrumentationStrategy,
      AgentBuilder.DescriptionStrategy descriptionStrategy, AgentBuilder.FallbackStrategy fallbackStrategy,
      AgentBuilder.ClassFileBufferStrategy classFileBufferStrategy,
      AgentBuilder.InstallationListener installationListener, AgentBuilder.RawMatcher ignoreMatcher,
      AgentBuilder.RedefinitionStrategy.ResubmissionEnforcer resubmissionEnforcer,
      List<AgentBuilder.Default.Transformation> transformations, AgentBuilder.CircularityLock circularityLock) {
    super(byteBuddy, listener, poolStrategy, typeStrategy, locationStrategy, classFileLocator, nativeMethodStrategy,
        initializationStrategy, injectionStrategy, lambdaInstrumentationStrategy, descriptionStrategy,
        fallbackStrategy, classFileBufferStrategy, installationListener, ignoreMatcher, resubmissionEnforcer,
        transformations, circularityLock);
  }

  /** What Byte Buddy's generated subclass does: hand the module on, typed as Object for older Java. */
  @Override
  public byte[] transform(Module module, ClassLoader loader, String internalName, Class<?> classBeingRedefined,
      ProtectionDomain protectionDomain, byte[] classFile) throws IllegalClassFormatException {
    return transform((Object) module, loader, internalName, classBeingRedefined, protectionDomain, classFile);
  }
}
