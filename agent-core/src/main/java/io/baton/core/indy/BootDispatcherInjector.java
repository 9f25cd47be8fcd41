package io.baton.core.indy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.instrument.Instrumentation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.commons.ClassRemapper;
import net.bytebuddy.jar.asm.commons.SimpleRemapper;

/**
 * Defines the invokedynamic dispatcher directly in the boot loader, inside {@code java.lang}
 * through a private lookup. Appending a jar to the bootstrap search path instead would make the
 * JVM print a class-sharing warning on every start and disable CDS for application classes.
 */
public final class BootDispatcherInjector {

  static final String DISPATCHER_NAME = "java.lang.BatonIndyDispatcher";

  private BootDispatcherInjector() {}

  /** Injects the class on first use and hands it the agent's linker and failure reporter. */
  public static Class<?> inject(Instrumentation inst, MethodHandle linker, MethodHandle reporter) throws Exception {
    Class<?> dispatcher = findInjected();
    if (dispatcher == null) {
      openJavaLangTo(inst, BootDispatcherInjector.class.getModule());
      MethodHandles.Lookup javaLang = MethodHandles.privateLookupIn(Object.class, MethodHandles.lookup());
      dispatcher = javaLang.defineClass(renamedTemplate());
    }
    dispatcher.getMethod("install", MethodHandle.class, MethodHandle.class).invoke(null, linker, reporter);
    return dispatcher;
  }

  /** The bootstrap method of every advice call site. */
  public static Method bootstrapMethod(Class<?> dispatcher) throws NoSuchMethodException {
    return dispatcher.getMethod(
        "bootstrap", MethodHandles.Lookup.class, String.class, MethodType.class, Object[].class);
  }

  /** What the handler around every advice call passes the advice's throwable to. */
  public static Method failureMethod(Class<?> dispatcher) throws NoSuchMethodException {
    return dispatcher.getMethod("adviceFailed", Throwable.class, String.class);
  }

  private static Class<?> findInjected() {
    try {
      return Class.forName(DISPATCHER_NAME, false, null);
    } catch (ClassNotFoundException notYet) {
      return null;
    }
  }

  private static void openJavaLangTo(Instrumentation inst, Module agentModule) {
    inst.redefineModule(
        Object.class.getModule(),
        Collections.emptySet(),
        Collections.emptyMap(),
        Map.of("java.lang", Set.of(agentModule)),
        Collections.emptySet(),
        Collections.emptyMap());
  }

  static byte[] renamedTemplate() throws IOException {
    String templateName = IndyDispatcherTemplate.class.getName().replace('.', '/');
    byte[] template;
    try (InputStream in =
        IndyDispatcherTemplate.class.getClassLoader().getResourceAsStream(templateName + ".class")) {
      if (in == null) {
        throw new IOException("missing " + templateName);
      }
      template = in.readAllBytes();
    }
    ClassWriter writer = new ClassWriter(0);
    new ClassReader(template)
        .accept(
            new ClassRemapper(writer, new SimpleRemapper(templateName, DISPATCHER_NAME.replace('.', '/'))),
            0);
    return writer.toByteArray();
  }
}
