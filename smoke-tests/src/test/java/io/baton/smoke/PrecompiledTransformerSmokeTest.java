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
 * The agent jar installs Byte Buddy's transformer from the subclass compiled into it, instead of
 * having Byte Buddy generate that subclass at start-up (see {@code ModuleAwareExecutingTransformer}).
 * Read from the JVM's class-loading log of an agent that installs before {@code main}.
 */
class PrecompiledTransformerSmokeTest {

  @ParameterizedTest
  @EnumSource(Jdk.class)
  void transformerIsTheCompiledSubclassNotOneGeneratedAtStartUp(Jdk jdk) throws Exception {
    try (OtlpReceiver receiver = new OtlpReceiver();
        AgentProcess app = AgentProcess.builder(jdk, EmptyApp.class)
            .exportTo(receiver)
            .systemProperty("baton.startup.synchronous", "true")
            .jvmArg("-Xlog:class+load=info:stdout:tags")
            .start()) {
      assertEquals(0, app.awaitExit(Duration.ofSeconds(60)), app::describe);
      List<String> loaded = app.stdout();

      assertTrue(loaded.stream().anyMatch(line -> line.contains(" net.bytebuddy.agent.builder.ModuleAwareExecutingTransformer ")),
          app::describe);
      assertTrue(loaded.stream().noneMatch(line -> line.contains("$ByteBuddy$ModuleSupport")), app::describe);
      assertTrue(loaded.contains("READY"), app::describe);
      assertEquals(List.of(), app.stderr(), app::describe);
    }
  }
}
