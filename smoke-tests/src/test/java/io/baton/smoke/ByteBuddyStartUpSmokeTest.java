package io.baton.smoke;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.smoke.apps.empty.EmptyApp;
import io.baton.testing.AgentProcess;
import io.baton.testing.Jdk;
import io.baton.testing.OtlpReceiver;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the agent jar changes in how its Byte Buddy starts, read from the JVM's class-loading log
 * of an agent that installs before {@code main}: both changes are made to Byte Buddy's classes when
 * the jar is built (see {@code AgentJarWriter}), so only the real jar can show them.
 */
class ByteBuddyStartUpSmokeTest {

  /** See {@code ModuleAwareExecutingTransformer}. */
  @ParameterizedTest
  @EnumSource(Jdk.class)
  void transformerIsTheCompiledSubclassNotOneGeneratedAtStartUp(Jdk jdk) throws Exception {
    List<String> loaded = classesLoadedByAnIdleApp(jdk);

    assertTrue(loaded.stream().anyMatch(line -> line.contains(" net.bytebuddy.agent.builder.ModuleAwareExecutingTransformer ")),
        String.join("\n", loaded));
    assertTrue(loaded.stream().noneMatch(line -> line.contains("$ByteBuddy$ModuleSupport")), String.join("\n", loaded));
  }

  /**
   * See {@code GeneratedDispatchers}: Byte Buddy's dispatchers to JDK methods are classes it writes,
   * named after their interface, and the one to {@code ClassDesc} (an interface static method)
   * passes verification.
   */
  @ParameterizedTest
  @EnumSource(Jdk.class)
  void jdkDispatchersAreGeneratedClassesNotReflectionProxies(Jdk jdk) throws Exception {
    List<String> loaded = classesLoadedByAnIdleApp(jdk);

    assertTrue(loaded.stream().anyMatch(line -> line.contains(" net.bytebuddy.utility.JavaModule$Module$Proxy ")),
        String.join("\n", loaded));
    assertTrue(loaded.stream().anyMatch(line -> line.contains(" net.bytebuddy.utility.JavaConstant$Simple$Dispatcher$OfClassDesc$Proxy ")),
        String.join("\n", loaded));
  }

  private static List<String> classesLoadedByAnIdleApp(Jdk jdk) throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = AgentProcess.builder(jdk, EmptyApp.class)
            .exportTo(receiver)
            .systemProperty("baton.startup.synchronous", "true")
            .jvmArg("-Xlog:class+load=info:stdout:tags")
            .start()) {
      assertEquals(0, app.awaitExit(Duration.ofSeconds(60)), app::describe);
      assertTrue(app.stdout().contains("READY"), app::describe);
      assertEquals(List.of(), app.stderr(), app::describe);
      return app.stdout();
    }
  }
}
