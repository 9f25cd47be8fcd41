package io.baton.core.instrumentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import org.junit.jupiter.api.Test;

/** The check in front of Byte Buddy: what it lets through, from a class's bytes or its loaded {@code Class}. */
class ClassHintsTest {

  private static final ClassLoader LOADER = ClassHintsTest.class.getClassLoader();

  @Test
  void namedTypePassesAndOthersDoNot() throws IOException {
    ClassHints filter = filter(List.of(), TypeHint.named("java.util.concurrent.ThreadPoolExecutor"));

    assertTrue(admits(filter, ThreadPoolExecutor.class));
    assertFalse(admits(filter, String.class));
  }

  @Test
  void subtypeAtAnyDepthPasses() throws IOException {
    ClassHints filter = filter(List.of(), TypeHint.subTypeOf("java.lang.Runnable", "java.util.concurrent.Executor"));

    byte[] subTask = classExtending("org/example/SubTask", "java/util/TimerTask");

    assertTrue(filter.admits(LOADER, "org/example/SubTask", subTask), "Runnable through its superclass only");
    assertTrue(admits(filter, ThreadPoolExecutor.class), "Executor via AbstractExecutorService and ExecutorService");
    assertFalse(admits(filter, Integer.class));
  }

  @Test
  void narrowedSubtypeHintWalksOnlyClassesHoldingTheMentionedDescriptor() {
    ClassHints filter =
        filter(List.of(), TypeHint.subTypeOf("java.lang.Runnable").whenMentioning("(Ljava/lang/Runnable;)V"));

    byte[] declaring = classExtending("org/example/Declaring", "java/util/TimerTask", "submit", "(Ljava/lang/Runnable;)V");
    byte[] other = classExtending("org/example/Other", "java/util/TimerTask", "submit", "(Ljava/lang/String;)V");
    byte[] unrelated = classExtending("org/example/Unrelated", "java/lang/Object", "submit", "(Ljava/lang/Runnable;)V");

    assertTrue(filter.admits(LOADER, "org/example/Declaring", declaring));
    assertFalse(filter.admits(LOADER, "org/example/Other", other), "a Runnable, but without the method");
    assertFalse(filter.admits(LOADER, "org/example/Unrelated", unrelated), "the method, but not a Runnable");
  }

  @Test
  void classReferencingAnAnnotationPasses() throws IOException {
    ClassHints filter = filter(List.of(), TypeHint.referencing("org.junit.jupiter.api.Test"));

    assertTrue(filter.admits(LOADER, "org/example/Annotated", classWithAnnotatedMethod("org/example/Annotated")));
    assertFalse(filter.admits(LOADER, "org/example/Plain", classExtending("org/example/Plain", "java/lang/Object")));
  }

  @Test
  void hintsOfModulesWhoseLibraryIsAbsentAreNotConsulted() throws IOException {
    ClassHints filter = filter(List.of("com.example.NotOnTheClassPath"), TypeHint.named(String.class.getName()));

    assertFalse(admits(filter, String.class));
  }

  @Test
  void moduleWithoutHintLetsEverythingThrough() throws IOException {
    ClassHints filter = filter(List.of(), TypeHint.ANY_TYPE);

    assertTrue(admits(filter, String.class));
  }

  @Test
  void ourOwnClassesNeverPass() throws IOException {
    ClassHints filter = filter(List.of(), TypeHint.ANY_TYPE);

    assertFalse(admits(filter, HintFilter.class));
    assertFalse(filter.admitsLoaded(HintFilter.class));
  }

  @Test
  void loadedClassPassesByNameOrSupertypeAtAnyDepth() {
    ClassHints byName = filter(List.of(), TypeHint.named("java.util.concurrent.ThreadPoolExecutor"));
    ClassHints bySuperclass = filter(List.of(), TypeHint.subTypeOf("java.util.concurrent.AbstractExecutorService"));
    ClassHints byInterface = filter(List.of(), TypeHint.subTypeOf("java.util.concurrent.Executor"));

    assertTrue(byName.admitsLoaded(ThreadPoolExecutor.class));
    assertFalse(byName.admitsLoaded(String.class));
    assertTrue(bySuperclass.admitsLoaded(ScheduledThreadPoolExecutor.class), "the superclass of its superclass");
    assertTrue(byInterface.admitsLoaded(ThreadPoolExecutor.class), "via AbstractExecutorService and ExecutorService");
    assertFalse(byInterface.admitsLoaded(Integer.class));
  }

  @Test
  void loadedClassIsAdmittedByAHintThatReadsConstantsAndByANarrowedSupertypeHint() {
    ClassHints referencing = filter(List.of(), TypeHint.referencing("org.junit.jupiter.api.Test"));
    ClassHints narrowed =
        filter(List.of(), TypeHint.subTypeOf("java.lang.Runnable").whenMentioning("(Lorg/example/Absent;)V"));

    assertTrue(referencing.admitsLoaded(Integer.class), "its constant pool is not at hand: Byte Buddy decides");
    assertTrue(narrowed.admitsLoaded(Thread.class), "the narrowing reads bytes a loaded class no longer offers");
    assertFalse(narrowed.admitsLoaded(Integer.class), "still not a Runnable");
  }

  @Test
  void loadedClassOfALoaderWithoutTheLibraryIsNotAdmitted() {
    ClassHints filter = filter(List.of("com.example.NotOnTheClassPath"), TypeHint.named(ThreadPoolExecutor.class.getName()));

    assertFalse(filter.admitsLoaded(ThreadPoolExecutor.class));
  }

  @Test
  void superTypeThatCannotBeReadLetsTheClassThrough() {
    ClassHints filter = filter(List.of(), TypeHint.subTypeOf("java.lang.Runnable"));
    byte[] orphan = classExtending("org/example/Orphan", "org/example/MissingParent");

    assertTrue(filter.admits(LOADER, "org/example/Orphan", orphan), "unknown hierarchy: Byte Buddy decides");
  }

  @Test
  void tooManySupertypeRootsLetEverythingThrough() {
    String[] roots = new String[SuperTypeIndex.MAX_ROOTS + 1];
    for (int i = 0; i < roots.length; i++) {
      roots[i] = "org.example.Root" + i;
    }
    ClassHints filter = filter(List.of(), TypeHint.subTypeOf(roots));

    assertTrue(filter.admits(LOADER, "org/example/Plain", classExtending("org/example/Plain", "java/lang/Object")));
  }

  @Test
  void hierarchyOutsideTheRootsIsRemembered() {
    SuperTypeIndex index = new SuperTypeIndex(List.of("java.lang.Runnable"));
    byte[] plain = classExtending("org/example/Plain", "java/util/AbstractList");

    assertEquals(0, index.reach(LOADER, "org/example/Plain", plain));
    assertEquals(0, index.reach(LOADER, "org/example/PlainChild", classExtending("org/example/PlainChild", "org/example/Plain")),
        "the parent, never on the class path, is known from its own transformation");
  }

  static ClassHints filter(List<String> libraryMarkers, TypeHint hint) {
    return ClassHints.of(List.of(new ClassHints.ModuleHint(new ClassLoaderHasClasses(libraryMarkers), hint)));
  }

  private static boolean admits(ClassHints filter, Class<?> type) throws IOException {
    String internalName = type.getName().replace('.', '/');
    ClassLoader loader = type.getClassLoader() != null ? type.getClassLoader() : ClassLoader.getPlatformClassLoader();
    try (InputStream in = loader.getResourceAsStream(internalName + ".class")) {
      return filter.admits(type.getClassLoader(), internalName, in.readAllBytes());
    }
  }

  private static byte[] classWithAnnotatedMethod(String internalName) {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V11, Opcodes.ACC_PUBLIC, internalName, null, "java/lang/Object", null);
    MethodVisitor method = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, "check", "()V", null, null);
    method.visitAnnotation("Lorg/junit/jupiter/api/Test;", true).visitEnd();
    method.visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
  }

  private static byte[] classExtending(String internalName, String superName) {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V11, Opcodes.ACC_PUBLIC, internalName, null, superName, null);
    writer.visitEnd();
    return writer.toByteArray();
  }

  private static byte[] classExtending(String internalName, String superName, String method, String descriptor) {
    ClassWriter writer = new ClassWriter(0);
    writer.visit(Opcodes.V11, Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, internalName, null, superName, null);
    writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, method, descriptor, null, null).visitEnd();
    writer.visitEnd();
    return writer.toByteArray();
  }
}
