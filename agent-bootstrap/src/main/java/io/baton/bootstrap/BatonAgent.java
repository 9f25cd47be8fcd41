package io.baton.bootstrap;

import java.io.File;
import java.lang.instrument.Instrumentation;
import java.net.URI;
import java.security.CodeSource;
import java.util.jar.JarFile;

/**
 * The {@code Premain-Class}. Kept tiny and side-effect free: it decides whether to run at all,
 * then hands over to agent-core inside an {@link AgentClassLoader} so that none of our
 * dependencies become visible to the application.
 */
public final class BatonAgent {

  private static final String STARTER = "io.baton.core.AgentStarter";

  private BatonAgent() {}

  public static void premain(String args, Instrumentation inst) {
    start(args, inst);
  }

  public static void agentmain(String args, Instrumentation inst) {
    start(args, inst);
  }

  private static void start(String args, Instrumentation inst) {
    try {
      if (!StartupDecision.shouldStart()) {
        return;
      }
      JarFile agentJar = new JarFile(agentJarFile(), false);
      ClassLoader agentLoader =
          new AgentClassLoader(agentJar, ClassLoader.getPlatformClassLoader(), BatonAgent.class.getProtectionDomain());
      Class<?> starter = Class.forName(STARTER, true, agentLoader);
      starter
          .getMethod("start", Instrumentation.class, ClassLoader.class, String.class)
          .invoke(null, inst, agentLoader, args);
    } catch (Throwable t) {
      // The one place that may not use agent-core's logger: it did not load.
      System.err.println("[baton] WARN agent not started, the application runs untraced: " + t);
    }
  }

  private static File agentJarFile() throws Exception {
    CodeSource source = BatonAgent.class.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      throw new IllegalStateException("cannot locate the agent jar");
    }
    return new File(URI.create(source.getLocation().toString()));
  }
}
