package io.baton.core.instrumentation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.core.config.AgentConfig;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import net.bytebuddy.description.type.TypeDescription;
import org.junit.jupiter.api.Test;

/** otel.javaagent.exclude-classes and exclude-class-loaders, before and inside Byte Buddy. */
class UserExclusionsTest {

  private static final ClassLoader LOADER = UserExclusionsTest.class.getClassLoader();

  @Test
  void excludedClassesAndPackagesAreNeverHandedToByteBuddy() {
    UserExclusions exclusions = exclusions(Map.of(
        "otel.javaagent.exclude-classes", "java.util.concurrent.ThreadPoolExecutor, org.example.legacy.*"));
    ClassHints hints = ClassHints.of(
        List.of(new ClassHints.ModuleHint(new ClassLoaderHasClasses(List.of()),
            TypeHint.subTypeOf("java.util.concurrent.Executor").or(TypeHint.named("org.example.legacy.deep.Pool")))),
        exclusions);

    assertFalse(hints.admitsLoaded(ThreadPoolExecutor.class));
    assertTrue(hints.admitsLoaded(ScheduledThreadPoolExecutor.class), "a subclass is not the excluded class");
    assertFalse(hints.admits(LOADER, "org/example/legacy/deep/Pool", new byte[0]), "the package and below");
    assertTrue(exclusions.types().matches(TypeDescription.ForLoadedType.of(ThreadPoolExecutor.class)));
    assertFalse(exclusions.types().matches(TypeDescription.ForLoadedType.of(ScheduledThreadPoolExecutor.class)));
  }

  @Test
  void classesOfAnExcludedLoaderAreLeftAloneWhateverTheirName() throws Exception {
    UserExclusions exclusions = exclusions(Map.of("otel.javaagent.exclude-class-loaders", "java.net.URLClassLoader"));
    ClassHints hints = ClassHints.of(
        List.of(new ClassHints.ModuleHint(new ClassLoaderHasClasses(List.of()), TypeHint.named("org.example.Pool"))),
        exclusions);

    try (URLClassLoader plugin = new URLClassLoader(new URL[0], LOADER)) {
      assertFalse(hints.admits(plugin, "org/example/Pool", new byte[0]));
      assertTrue(exclusions.loaders().matches(plugin));
    }
    assertTrue(hints.admits(LOADER, "org/example/Pool", new byte[0]), "the same class from another loader");
    assertFalse(exclusions.loaders().matches(LOADER));
    assertFalse(exclusions.loaders().matches(null), "the boot loader has no class to name");
  }

  @Test
  void withoutTheSettingsNothingIsExcluded() {
    UserExclusions exclusions = exclusions(Map.of());

    assertFalse(exclusions.types().matches(TypeDescription.ForLoadedType.of(ThreadPoolExecutor.class)));
    assertFalse(exclusions.loaders().matches(LOADER));
  }

  private static UserExclusions exclusions(Map<String, String> properties) {
    return UserExclusions.from(AgentConfig.of(properties));
  }
}
