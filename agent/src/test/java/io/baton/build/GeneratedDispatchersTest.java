package io.baton.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.Handle;
import net.bytebuddy.jar.asm.Label;
import net.bytebuddy.jar.asm.MethodVisitor;
import net.bytebuddy.jar.asm.Opcodes;
import org.junit.jupiter.api.Test;

/**
 * The patches on Byte Buddy's own classes, read back instruction by instruction. That the patched
 * jar starts and generates its dispatchers is checked on the real jar by
 * {@code ByteBuddyStartUpSmokeTest}.
 */
class GeneratedDispatchersTest {

  private static final String STORE_GENERATE = "PUTSTATIC " + GeneratedDispatchers.JAVA_DISPATCHER + ".GENERATE";

  @Test
  void generateModeIsSetToTrueWhateverThePropertySays() throws IOException {
    List<String> original = instructions(original(GeneratedDispatchers.JAVA_DISPATCHER), "<clinit>");
    List<String> patched = instructions(patched(GeneratedDispatchers.JAVA_DISPATCHER), "<clinit>");

    int store = patched.indexOf(STORE_GENERATE);
    assertEquals(List.of("POP", "ICONST_1", STORE_GENERATE), patched.subList(store - 2, store + 1));
    assertEquals(original.get(original.indexOf(STORE_GENERATE) - 1), patched.get(store - 3),
        "what the property gave is computed as before, then dropped");
  }

  @Test
  void dispatchersAreWrittenInTheJava8ClassFormat() throws IOException {
    List<String> patched = instructions(patched(GeneratedDispatchers.DYNAMIC_CLASS_LOADER), "proxy");

    assertEquals(List.of("GETSTATIC net/bytebuddy/ClassFileVersion.JAVA_V8"),
        patched.stream().filter(instruction -> instruction.contains("ClassFileVersion.JAVA_V")).toList());
  }

  @Test
  void aByteBuddyWithoutTheInstructionToPatchFailsTheBuild() throws IOException {
    byte[] notTheDispatcher = original(GeneratedDispatchers.DYNAMIC_CLASS_LOADER);

    assertThrows(IllegalStateException.class,
        () -> GeneratedDispatchers.patch(GeneratedDispatchers.JAVA_DISPATCHER + ".class", notTheDispatcher));
  }

  private static byte[] patched(String internalName) throws IOException {
    return GeneratedDispatchers.patch(internalName + ".class", original(internalName));
  }

  private static byte[] original(String internalName) {
    return TestClassFiles.read(internalName);
  }

  /** The method's instructions, named enough to compare: opcodes, and the fields and methods they use. */
  private static List<String> instructions(byte[] classFile, String method) {
    List<String> instructions = new ArrayList<>();
    MethodVisitor log = new MethodVisitor(Opcodes.ASM9) {
      @Override public void visitInsn(int opcode) {
        instructions.add(opcode == Opcodes.POP ? "POP" : opcode == Opcodes.ICONST_1 ? "ICONST_1" : "insn " + opcode);
      }
      @Override public void visitIntInsn(int opcode, int operand) { instructions.add("int " + opcode); }
      @Override public void visitVarInsn(int opcode, int var) { instructions.add("var " + opcode); }
      @Override public void visitTypeInsn(int opcode, String type) { instructions.add("type " + opcode + " " + type); }
      @Override public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
        instructions.add((opcode == Opcodes.PUTSTATIC ? "PUTSTATIC " : opcode == Opcodes.GETSTATIC ? "GETSTATIC " : "field ")
            + owner + "." + name);
      }
      @Override public void visitMethodInsn(int opcode, String owner, String name, String descriptor, boolean isInterface) {
        instructions.add("invoke " + owner + "." + name);
      }
      @Override public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
        instructions.add("indy " + name);
      }
      @Override public void visitJumpInsn(int opcode, Label label) { instructions.add("jump " + opcode); }
      @Override public void visitLdcInsn(Object value) { instructions.add("ldc " + value); }
      @Override public void visitIincInsn(int var, int increment) { instructions.add("iinc"); }
      @Override public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) { instructions.add("switch"); }
      @Override public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) { instructions.add("switch"); }
      @Override public void visitMultiANewArrayInsn(String descriptor, int dimensions) { instructions.add("multianewarray"); }
    };
    new ClassReader(classFile).accept(new ClassVisitor(Opcodes.ASM9) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        return name.equals(method) ? log : null;
      }
    }, 0);
    return instructions;
  }
}
