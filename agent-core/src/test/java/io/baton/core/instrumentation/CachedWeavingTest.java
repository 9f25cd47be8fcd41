package io.baton.core.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.IllegalClassFormatException;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.nio.file.Path;
import java.security.ProtectionDomain;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.Opcodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cache between the hint filter and Byte Buddy, over runs: each "run" here is a new Byte Buddy
 * transformer and a new opening of the same cache directory, as in a new JVM.
 */
class CachedWeavingTest {

  private static final String CANDIDATE = "org.example.cached.Candidate";
  private static final String MARKER = "org.example.cached.Marker";

  @TempDir Path cacheRoot;

  @Test
  void theNextRunDefinesTheClassWovenByTheFirstWithoutByteBuddy() throws Exception {
    Run first = new Run();
    byte[] woven = first.load(ClassLoader.getSystemClassLoader(), candidate(0));
    Run second = new Run();

    byte[] fromCache = second.load(ClassLoader.getSystemClassLoader(), candidate(0));

    assertEquals(1, first.handedToByteBuddy.get());
    assertEquals(0, second.handedToByteBuddy.get());
    assertArrayEquals(woven, fromCache);
    Class<?> defined = new DefiningLoader().define(fromCache);
    assertNotNull(defined.getDeclaredField("woven"), "the cached bytes are the woven class");
  }

  @Test
  void aClassWhoseBytesChangedIsWovenAgain() throws Exception {
    new Run().load(ClassLoader.getSystemClassLoader(), candidate(0));
    Run next = new Run();

    next.load(ClassLoader.getSystemClassLoader(), candidate(Opcodes.ACC_FINAL));

    assertEquals(1, next.handedToByteBuddy.get());
  }

  @Test
  void theSameBytesInALoaderThatSeesOtherLibrariesAreWovenAgain() throws Exception {
    new Run().load(ClassLoader.getSystemClassLoader(), candidate(0));
    Run next = new Run();

    next.load(new SeesMarker(), candidate(0));

    assertEquals(1, next.handedToByteBuddy.get());
  }

  @Test
  void aRetransformationGoesToByteBuddyEvenWhenTheClassIsCached() throws Exception {
    new Run().load(ClassLoader.getSystemClassLoader(), candidate(0));
    Run next = new Run();

    next.transformer.transform(
        getClass().getModule(), ClassLoader.getSystemClassLoader(), internal(CANDIDATE), Object.class, null, candidate(0));

    assertEquals(1, next.handedToByteBuddy.get());
  }

  @Test
  void aClassByteBuddyLeavesAloneIsAskedAgainNextRun() throws Exception {
    Run first = new Run();
    first.load(ClassLoader.getSystemClassLoader(), other());
    Run second = new Run();

    second.load(ClassLoader.getSystemClassLoader(), other());

    assertEquals(1, second.handedToByteBuddy.get());
  }

  /** One JVM's worth: Byte Buddy adding a field to the candidate, behind the filter and the cache. */
  private final class Run {
    final AtomicInteger handedToByteBuddy = new AtomicInteger();
    final ClassFileTransformer transformer;

    Run() {
      ResettableClassFileTransformer byteBuddy = (ResettableClassFileTransformer) new AgentBuilder.Default()
          .type(named(CANDIDATE))
          .transform((builder, type, loader, module, domain) ->
              builder.defineField("woven", boolean.class, Modifier.PUBLIC | Modifier.STATIC))
          .makeRaw();
      ClassHints hints = ClassHints.of(List.of(
          new ClassHints.ModuleHint(new ClassLoaderHasClasses(List.of()), TypeHint.namePrefix("org.example.cached.")),
          new ClassHints.ModuleHint(new ClassLoaderHasClasses(List.of(MARKER)),
              TypeHint.named(CANDIDATE))));
      transformer = HintFilter.decorator(hints, new LoadTimeOffers(), WeaveCache.open(cacheRoot, "build", true))
          .decorate(new Counting(byteBuddy, handedToByteBuddy));
    }

    byte[] load(ClassLoader loader, byte[] classFile) throws IllegalClassFormatException {
      String name = new net.bytebuddy.jar.asm.ClassReader(classFile).getClassName();
      return transformer.transform(getClass().getModule(), loader, name, null, null, classFile);
    }
  }

  /** Counts what reaches Byte Buddy, which then does its real work. */
  private static final class Counting extends ResettableClassFileTransformer.WithDelegation {
    private final AtomicInteger calls;

    Counting(ResettableClassFileTransformer byteBuddy, AtomicInteger calls) {
      super(byteBuddy);
      this.calls = calls;
    }

    @Override
    public byte[] transform(Module module, ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain,
        byte[] classFile) throws IllegalClassFormatException {
      calls.incrementAndGet();
      return classFileTransformer.transform(module, loader, name, redefined, domain, classFile);
    }

    @Override
    public byte[] transform(ClassLoader loader, String name, Class<?> redefined, ProtectionDomain domain,
        byte[] classFile) throws IllegalClassFormatException {
      calls.incrementAndGet();
      return classFileTransformer.transform(loader, name, redefined, domain, classFile);
    }
  }

  private static String internal(String name) {
    return name.replace('.', '/');
  }

  private static byte[] candidate(int extraModifiers) {
    return classFile(CANDIDATE, extraModifiers);
  }

  private static byte[] other() {
    return classFile("org.example.cached.Other", 0);
  }

  private static byte[] classFile(String name, int extraModifiers) {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V11, Opcodes.ACC_PUBLIC | extraModifiers, internal(name), null, "java/lang/Object", null);
    writer.visitEnd();
    return writer.toByteArray();
  }

  /** A loader that also sees the second module's marker, as if it held that library. */
  private static final class SeesMarker extends ClassLoader {
    SeesMarker() {
      super(CachedWeavingTest.class.getClassLoader());
    }

    @Override
    public URL getResource(String name) {
      return name.equals(internal(MARKER) + ".class") ? CachedWeavingTest.class.getResource("CachedWeavingTest.class") : super.getResource(name);
    }
  }

  private static final class DefiningLoader extends ClassLoader {
    DefiningLoader() {
      super(CachedWeavingTest.class.getClassLoader());
    }

    Class<?> define(byte[] classFile) {
      return defineClass(CANDIDATE, classFile, 0, classFile.length);
    }
  }
}
