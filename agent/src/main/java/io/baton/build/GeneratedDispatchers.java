package io.baton.build;

import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;

/**
 * Build step on Byte Buddy's {@code JavaDispatcher}: our copy writes its dispatchers as small
 * classes of its own instead of asking the JDK for {@code java.lang.reflect.Proxy} classes.
 *
 * <p>Byte Buddy reaches JDK methods that may not exist on the running Java through about 36
 * dispatchers, all made while the agent installs. As proxies, the JDK generates each with its
 * copy of ASM computing stack-map frames: enough calls to have C2 compile that ASM's
 * {@code Frame.execute} about half a second into every start-up (in a run without the agent, once
 * in three runs, after 1.2 s), compiler time taken from the starting application on 2 cores.
 * Every call through a proxy is also a reflective call. Byte Buddy can instead generate the
 * dispatchers itself, with its own ASM and without frames (they have no branches), when the
 * system property {@code net.bytebuddy.generate} is {@code true}; that property would also switch
 * an application's own Byte Buddy, which shares our package names, so the choice is compiled into
 * our copy instead: {@code GENERATE} is set to {@code true} where it is initialised.
 *
 * <p>Byte Buddy 1.18.17 writes those classes in the Java 5 format, in which {@code invokestatic}
 * cannot name an interface's method, so its dispatcher to {@code ClassDesc.ofDescriptor} fails
 * verification; the Java 8 format, which can, is used instead.
 */
final class GeneratedDispatchers {

  static final String JAVA_DISPATCHER = "net/bytebuddy/utility/dispatcher/JavaDispatcher";
  static final String DYNAMIC_CLASS_LOADER = JAVA_DISPATCHER + "$DynamicClassLoader";
  private static final String CLASS_FILE_VERSION = "net/bytebuddy/ClassFileVersion";

  private GeneratedDispatchers() {}

  static boolean patches(String classFile) {
    return classFile.equals(JAVA_DISPATCHER + ".class") || classFile.equals(DYNAMIC_CLASS_LOADER + ".class");
  }

  /** The class with its patch; fails the build if the instruction to patch is not found. */
  static byte[] patch(String classFile, byte[] bytes) {
    ClassWriter writer = new ClassWriter(0);
    Patcher patcher = classFile.equals(JAVA_DISPATCHER + ".class") ? new AlwaysGenerate(writer) : new Java8Format(writer);
    new ClassReader(bytes).accept(patcher, 0);
    if (!patcher.patched) {
      throw new IllegalStateException("did not find what to patch in " + classFile
          + ": did a Byte Buddy upgrade change its dispatchers?");
    }
    return writer.toByteArray();
  }

  /** Replaces one static field instruction in one method of the class. */
  private abstract static class Patcher extends ClassVisitor {
    private final String method;
    private final int opcode;
    private final String owner;
    private final String field;
    boolean patched;

    Patcher(ClassVisitor next, String method, int opcode, String owner, String field) {
      super(Opcodes.ASM9, next);
      this.method = method;
      this.opcode = opcode;
      this.owner = owner;
      this.field = field;
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
      MethodVisitor target = super.visitMethod(access, name, descriptor, signature, exceptions);
      if (!name.equals(method)) {
        return target;
      }
      return new MethodVisitor(Opcodes.ASM9, target) {
        @Override
        public void visitFieldInsn(int insnOpcode, String insnOwner, String insnField, String fieldDescriptor) {
          if (insnOpcode == opcode && insnOwner.equals(owner) && insnField.equals(field)) {
            replace(target, fieldDescriptor);
            patched = true;
          } else {
            super.visitFieldInsn(insnOpcode, insnOwner, insnField, fieldDescriptor);
          }
        }
      };
    }

    /** Writes what stands in the matched instruction's place. */
    abstract void replace(MethodVisitor target, String fieldDescriptor);
  }

  /** {@code GENERATE = true} in the static initialiser, whatever the system property says. */
  private static final class AlwaysGenerate extends Patcher {
    AlwaysGenerate(ClassVisitor next) {
      super(next, "<clinit>", Opcodes.PUTSTATIC, JAVA_DISPATCHER, "GENERATE");
    }

    @Override
    void replace(MethodVisitor target, String fieldDescriptor) {
      target.visitInsn(Opcodes.POP);
      target.visitInsn(Opcodes.ICONST_1);
      target.visitFieldInsn(Opcodes.PUTSTATIC, JAVA_DISPATCHER, "GENERATE", fieldDescriptor);
    }
  }

  /** The generated dispatcher's class-file version: Java 8 where Byte Buddy says Java 5. */
  private static final class Java8Format extends Patcher {
    Java8Format(ClassVisitor next) {
      super(next, "proxy", Opcodes.GETSTATIC, CLASS_FILE_VERSION, "JAVA_V5");
    }

    @Override
    void replace(MethodVisitor target, String fieldDescriptor) {
      target.visitFieldInsn(Opcodes.GETSTATIC, CLASS_FILE_VERSION, "JAVA_V8", fieldDescriptor);
    }
  }
}
