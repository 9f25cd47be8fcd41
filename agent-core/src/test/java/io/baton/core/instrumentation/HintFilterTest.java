package io.baton.core.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.none;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.ThreadPoolExecutor;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.agent.builder.ResettableClassFileTransformer;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import org.junit.jupiter.api.Test;

/** The check in front of Byte Buddy: what it lets through, from the class bytes alone. */
class HintFilterTest {

  private static final ClassLoader LOADER = HintFilterTest.class.getClassLoader();

  @Test
  void namedTypePassesAndOthersDoNot() throws IOException {
    HintFilter filter = filter(List.of(), TypeHint.named("java.util.concurrent.ThreadPoolExecutor"));

    assertTrue(admits(filter, ThreadPoolExecutor.class));
    assertFalse(admits(filter, String.class));
  }

  @Test
  void subtypeAtAnyDepthPasses() throws IOException {
    HintFilter filter = filter(List.of(), TypeHint.subTypeOf("java.lang.Runnable", "java.util.concurrent.Executor"));

    byte[] subTask = classExtending("org/example/SubTask", "java/util/TimerTask");

    assertTrue(filter.admits(LOADER, "org/example/SubTask", subTask), "Runnable through its superclass only");
    assertTrue(admits(filter, ThreadPoolExecutor.class), "Executor via AbstractExecutorService and ExecutorService");
    assertFalse(admits(filter, Integer.class));
  }

  @Test
  void narrowedSubtypeHintWalksOnlyClassesHoldingTheMentionedDescriptor() {
    HintFilter filter =
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
    HintFilter filter = filter(List.of(), TypeHint.referencing("org.junit.jupiter.api.Test"));

    assertTrue(filter.admits(LOADER, "org/example/Annotated", classWithAnnotatedMethod("org/example/Annotated")));
    assertFalse(filter.admits(LOADER, "org/example/Plain", classExtending("org/example/Plain", "java/lang/Object")));
  }

  @Test
  void hintsOfModulesWhoseLibraryIsAbsentAreNotConsulted() throws IOException {
    HintFilter filter = filter(List.of("com.example.NotOnTheClassPath"), TypeHint.named(String.class.getName()));

    assertFalse(admits(filter, String.class));
  }

  @Test
  void moduleWithoutHintLetsEverythingThrough() throws IOException {
    HintFilter filter = filter(List.of(), TypeHint.ANY_TYPE);

    assertTrue(admits(filter, String.class));
  }

  @Test
  void ourOwnClassesNeverPass() throws IOException {
    HintFilter filter = filter(List.of(), TypeHint.ANY_TYPE);

    assertFalse(admits(filter, HintFilter.class));
  }

  @Test
  void superTypeThatCannotBeReadLetsTheClassThrough() {
    HintFilter filter = filter(List.of(), TypeHint.subTypeOf("java.lang.Runnable"));
    byte[] orphan = classExtending("org/example/Orphan", "org/example/MissingParent");

    assertTrue(filter.admits(LOADER, "org/example/Orphan", orphan), "unknown hierarchy: Byte Buddy decides");
  }

  @Test
  void tooManySupertypeRootsLetEverythingThrough() {
    String[] roots = new String[SuperTypeIndex.MAX_ROOTS + 1];
    for (int i = 0; i < roots.length; i++) {
      roots[i] = "org.example.Root" + i;
    }
    HintFilter filter = filter(List.of(), TypeHint.subTypeOf(roots));

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

  private static HintFilter filter(List<String> libraryMarkers, TypeHint hint) {
    return HintFilter.in(
        (ResettableClassFileTransformer)
            new AgentBuilder.Default().type(none()).transform((builder, type, loader, module, domain) -> builder).makeRaw(),
        List.of(new HintFilter.ModuleHint(new ClassLoaderHasClasses(libraryMarkers), hint)));
  }

  private static boolean admits(HintFilter filter, Class<?> type) throws IOException {
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
