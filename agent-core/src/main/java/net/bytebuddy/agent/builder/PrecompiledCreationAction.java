package net.bytebuddy.agent.builder;

import java.lang.reflect.Constructor;
import java.security.PrivilegedAction;

/**
 * Stands in for Byte Buddy's {@code AgentBuilder.Default.ExecutingTransformer.Factory.CreationAction}
 * in the agent jar: the jar's build step renames this class to that name and leaves Byte Buddy's
 * out. Byte Buddy's action generates {@link ModuleAwareExecutingTransformer} with Byte Buddy
 * itself when its transformer class initialises; this one hands over the compiled class.
 *
 * <p>Only the members Byte Buddy uses exist: the {@code INSTANCE} field its transformer reads and
 * {@link #run()}. In tests, which run on the plain Byte Buddy jar, Byte Buddy's own action runs
 * and this class is unused.
 */
public final class PrecompiledCreationAction implements PrivilegedAction<AgentBuilder.Default.ExecutingTransformer.Factory> {

  public static final PrecompiledCreationAction INSTANCE = new PrecompiledCreationAction();

  private PrecompiledCreationAction() {}

  @Override
  public AgentBuilder.Default.ExecutingTransformer.Factory run() {
    Constructor<?>[] constructors = ModuleAwareExecutingTransformer.class.getConstructors();
    @SuppressWarnings("unchecked")
    Constructor<? extends ResettableClassFileTransformer> constructor =
        (Constructor<? extends ResettableClassFileTransformer>) constructors[0];
    return new AgentBuilder.Default.ExecutingTransformer.Factory.ForJava9CapableVm(constructor);
  }
}
