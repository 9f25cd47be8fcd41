package io.baton.core.instrumentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.instrument.Instrumentation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ThreadPoolExecutor;
import net.bytebuddy.agent.ByteBuddyAgent;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.Opcodes;
import org.junit.jupiter.api.Test;

/** Which loaded classes the installation hands to Byte Buddy, pass by pass, from this JVM's real class list. */
class SweepDiscoveryTest {

  private static final Instrumentation INSTRUMENTATION = ByteBuddyAgent.install();
  private static final String LATE = "org.example.sweep.LoadedAfterTheFirstPass";

  @Test
  void firstPassHoldsOnlyLoadedClassesAHintAdmits() {
    ClassHints hints = ClassHintsTest.filter(List.of(), TypeHint.named(ThreadPoolExecutor.class.getName()));

    List<Class<?>> firstPass = toList(passes(new SweepDiscovery(hints, new LoadTimeOffers())).next());

    assertEquals(List.of(ThreadPoolExecutor.class), firstPass, "out of every class this JVM has loaded");
  }

  @Test
  void classOfferedToTheTransformerWhileLoadingIsNotRetransformed() throws InterruptedException {
    ClassHints hints = ClassHintsTest.filter(List.of(), TypeHint.named(ThreadPoolExecutor.class.getName()));
    LoadTimeOffers offers = new LoadTimeOffers();
    onAnotherThread(() -> offers.offered(null, "java/util/concurrent/ThreadPoolExecutor"));

    assertFalse(passes(new SweepDiscovery(hints, offers)).hasNext(), "woven as it loaded: nothing to do");

    offers.close();
    assertTrue(passes(new SweepDiscovery(hints, offers)).hasNext(), "closed: remembers nothing");
  }

  @Test
  void classTheInstallingThreadLoadedIsStillConsidered() {
    ClassHints hints = ClassHintsTest.filter(List.of(), TypeHint.named(ThreadPoolExecutor.class.getName()));
    LoadTimeOffers offers = new LoadTimeOffers();
    offers.offered(null, "java/util/concurrent/ThreadPoolExecutor");

    assertTrue(passes(new SweepDiscovery(hints, offers)).hasNext(),
        "Byte Buddy transforms nothing the installing thread loads while it installs");
  }

  @Test
  void looksAgainForClassesLoadedMeanwhileAndStopsWhenAPassFindsNone() throws Exception {
    ClassHints hints = ClassHintsTest.filter(List.of(), TypeHint.named(ThreadPoolExecutor.class.getName(), LATE));
    Iterator<Iterable<Class<?>>> passes = passes(new SweepDiscovery(hints, new LoadTimeOffers()));

    assertEquals(List.of(ThreadPoolExecutor.class), toList(passes.next()));
    Class<?> late = new OneClassLoader(LATE).loadClass(LATE);

    assertEquals(List.of(late), toList(passes.next()), "loaded after the first pass, never offered");
    assertFalse(passes.hasNext());
  }

  @Test
  void considersNeitherArraysNorPrimitives() {
    SweepDiscovery discovery = new SweepDiscovery(ClassHintsTest.filter(List.of(), TypeHint.ANY_TYPE), new LoadTimeOffers());

    assertFalse(discovery.considers(String[].class));
    assertFalse(discovery.considers(int.class));
    assertTrue(discovery.considers(String.class));
  }

  private static void onAnotherThread(Runnable task) throws InterruptedException {
    Thread thread = new Thread(task);
    thread.start();
    thread.join();
  }

  private static Iterator<Iterable<Class<?>>> passes(SweepDiscovery discovery) {
    return discovery.resolve(INSTRUMENTATION).iterator();
  }

  private static List<Class<?>> toList(Iterable<Class<?>> pass) {
    List<Class<?>> types = new ArrayList<>();
    pass.forEach(types::add);
    return types;
  }

  /** Defines one empty class, on demand: a class the JVM did not have when a pass was taken. */
  private static final class OneClassLoader extends ClassLoader {
    private final String name;

    OneClassLoader(String name) {
      super(null);
      this.name = name;
    }

    @Override
    protected Class<?> findClass(String requested) throws ClassNotFoundException {
      if (!requested.equals(name)) {
        throw new ClassNotFoundException(requested);
      }
      ClassWriter writer = new ClassWriter(0);
      writer.visit(Opcodes.V11, Opcodes.ACC_PUBLIC, name.replace('.', '/'), null, "java/lang/Object", null);
      writer.visitEnd();
      byte[] bytes = writer.toByteArray();
      return defineClass(name, bytes, 0, bytes.length);
    }
  }
}
