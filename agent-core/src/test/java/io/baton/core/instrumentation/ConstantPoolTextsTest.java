package io.baton.core.instrumentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ThreadPoolExecutor;
import net.bytebuddy.jar.asm.ClassReader;
import org.junit.jupiter.api.Test;

/** The search for names and descriptors in a class file's constant pool, on real class files. */
class ConstantPoolTextsTest {

  @Test
  void poolEndsWhereAsmFindsTheClassHeader() throws IOException {
    // Long and Double hold two-slot constants, ThreadPoolExecutor lambdas (InvokeDynamic, MethodHandle)
    for (Class<?> type : List.of(String.class, Long.class, Double.class, ThreadPoolExecutor.class, getClass())) {
      byte[] classFile = classFile(type);

      assertEquals(new ClassReader(classFile).header, ConstantPoolTexts.constantPoolEnd(classFile), type.getName());
    }
  }

  @Test
  void findsAnyOfSeveralTextsThatShareTheirFirstByte() throws IOException {
    byte[] executor = classFile(ThreadPoolExecutor.class);
    int end = ConstantPoolTexts.constantPoolEnd(executor);

    assertTrue(new ConstantPoolTexts(List.of("java/util/concurrent/NoSuchType", "java/util/concurrent/BlockingQueue"))
        .foundIn(executor, end));
    assertFalse(new ConstantPoolTexts(List.of("java/sql/", "javax/servlet/")).foundIn(executor, end));
    assertFalse(new ConstantPoolTexts(List.of()).foundIn(executor, end));
  }

  @Test
  void answersAsAPlainSearchDoesOnRealClassFiles() throws IOException {
    List<String> texts = List.of("java/sql/", "(Ljava/lang/Runnable;)V", "Ljava/util/concurrent/locks/",
        "java/util/concurrent/BlockingQueue", "io/opentelemetry/instrumentation/annotations/WithSpan", "ng;", "Z");
    List<Class<?>> types = List.of(String.class, Long.class, ThreadPoolExecutor.class, DriverManager.class,
        ForkJoinPool.class, HashMap.class, ClassReader.class, getClass());
    int found = 0;
    for (Class<?> type : types) {
      byte[] classFile = classFile(type);
      int end = ConstantPoolTexts.constantPoolEnd(classFile);
      for (String text : texts) {
        boolean expected = plainSearch(classFile, end, text);
        assertEquals(expected, new ConstantPoolTexts(List.of(text)).foundIn(classFile, end), type.getName() + " " + text);
        found += expected ? 1 : 0;
      }
      assertEquals(texts.stream().anyMatch(text -> plainSearch(classFile, end, text)),
          new ConstantPoolTexts(texts).foundIn(classFile, end), type.getName());
    }
    assertTrue(found > 10 && found < texts.size() * types.size(), "both answers are tested: " + found + " found");
  }

  @Test
  void searchStopsAtTheGivenEnd() throws IOException {
    byte[] executor = classFile(ThreadPoolExecutor.class);
    ConstantPoolTexts queue = new ConstantPoolTexts(List.of("java/util/concurrent/BlockingQueue"));

    assertFalse(queue.foundIn(executor, 10), "the pool's first bytes hold no such name");
  }

  @Test
  void damagedClassFileIsSearchedWhole() throws IOException {
    byte[] executor = classFile(ThreadPoolExecutor.class);
    byte[] unknownTag = executor.clone();
    unknownTag[10] = 99;
    byte[] truncated = Arrays.copyOf(executor, 200);

    assertEquals(unknownTag.length, ConstantPoolTexts.constantPoolEnd(unknownTag));
    assertEquals(truncated.length, ConstantPoolTexts.constantPoolEnd(truncated));
    assertEquals(3, ConstantPoolTexts.constantPoolEnd(new byte[3]));
  }

  private static boolean plainSearch(byte[] classFile, int end, String text) {
    String pool = new String(classFile, 0, end, StandardCharsets.ISO_8859_1);
    return pool.contains(text);
  }

  private static byte[] classFile(Class<?> type) throws IOException {
    String resource = type.getName().replace('.', '/') + ".class";
    ClassLoader loader = type.getClassLoader() != null ? type.getClassLoader() : ClassLoader.getPlatformClassLoader();
    try (InputStream in = loader.getResourceAsStream(resource)) {
      return in.readAllBytes();
    }
  }
}
