package io.baton.core.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.instrument.ClassFileTransformer;
import java.net.URL;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.Opcodes;
import org.junit.jupiter.api.Test;

/** The transformer in front of Byte Buddy: what it hands over, and what it tells the installation's sweep. */
class HintFilterTest {

  private static final String CANDIDATE = "org.example.filter.Candidate";

  private final List<String> handedToByteBuddy = new CopyOnWriteArrayList<>();

  @Test
  void classNoHintAdmitsNeverReachesByteBuddy() throws Exception {
    ClassFileTransformer filter = filter(TypeHint.named("org.example.filter.Other"), List.of(), new LoadTimeOffers());

    filter.transform(getClass().getModule(), getClass().getClassLoader(), internal(CANDIDATE), null, null, classFile());

    assertEquals(List.of(), handedToByteBuddy);
  }

  @Test
  void classIsHandedToByteBuddyWhenDecidingFailsWithALinkageError() throws Exception {
    ClassFileTransformer filter =
        filter(TypeHint.named("org.example.filter.Other"), List.of("org.example.filter.Marker"), new LoadTimeOffers());

    filter.transform(getClass().getModule(), new BrokenResources(), internal(CANDIDATE), null, null, classFile());

    assertEquals(List.of(CANDIDATE), handedToByteBuddy, "a filter that cannot decide lets Byte Buddy decide");
  }

  @Test
  void classesLoadingOnOtherThreadsAreReportedToTheSweep() throws Exception {
    LoadTimeOffers offers = new LoadTimeOffers();
    ClassFileTransformer filter = filter(TypeHint.named(CANDIDATE), List.of(), offers);
    Thread loading = new Thread(() -> {
      try {
        filter.transform(null, null, "java/util/concurrent/ThreadPoolExecutor", null, null, new byte[0]);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    loading.start();
    loading.join();

    assertTrue(offers.wasOffered(java.util.concurrent.ThreadPoolExecutor.class));
    assertFalse(offers.wasOffered(java.util.concurrent.ForkJoinPool.class));
  }

  private ClassFileTransformer filter(TypeHint hint, List<String> libraryMarkers, LoadTimeOffers offers) {
    ResettableClassFileTransformer byteBuddy = (ResettableClassFileTransformer) new AgentBuilder.Default()
        .type(named(CANDIDATE))
        .transform((builder, type, loader, module, domain) -> {
          handedToByteBuddy.add(type.getName());
          return builder;
        })
        .makeRaw();
    ClassHints hints = ClassHints.of(List.of(new ClassHints.ModuleHint(new ClassLoaderHasClasses(libraryMarkers), hint)));
    return HintFilter.decorator(hints, offers, WeaveCache.off()).decorate(byteBuddy);
  }

  private static String internal(String name) {
    return name.replace('.', '/');
  }

  private static byte[] classFile() {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V11, Opcodes.ACC_PUBLIC, internal(CANDIDATE), null, "java/lang/Object", null);
    writer.visitEnd();
    return writer.toByteArray();
  }

  /** A loader whose resource lookup fails the way a half-initialised class path can. */
  private static final class BrokenResources extends ClassLoader {
    BrokenResources() {
      super(HintFilterTest.class.getClassLoader());
    }

    @Override
    public URL getResource(String name) {
      if (name.startsWith("org/example/filter/")) {
        throw new NoClassDefFoundError("broken while loading " + name);
      }
      return super.getResource(name);
    }
  }
}
