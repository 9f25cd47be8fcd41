package io.baton.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.Deflater;
import net.bytebuddy.jar.asm.ClassReader;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.jar.asm.ClassWriter;
import net.bytebuddy.jar.asm.Opcodes;
import net.bytebuddy.jar.asm.commons.ClassRemapper;
import net.bytebuddy.jar.asm.commons.SimpleRemapper;

/**
 * Build step: writes baton-agent.jar from the bootstrap jar and the shaded agent jar. Bootstrap
 * classes go to the root, the only classes the JVM may see on the system class path; everything
 * else goes under {@code inst/} with {@code .class} renamed {@code .classdata}, for the agent's own
 * class loader. Third-party classes lose their debug attributes (line and local-variable tables),
 * a quarter of their size, which nobody reads inside an agent; ours and OpenTelemetry's keep them
 * so that our stack traces stay useful.
 *
 * <p>Arguments: bootstrap jar, shaded jar, output jar, version, then any number of jars to put
 * under {@code inst/} without relocation: bridges to the application's own OpenTelemetry API,
 * whose {@code io.opentelemetry} references must keep meaning the application's classes. Their
 * service files are merged with the shaded jar's.
 *
 * <p>Three Byte Buddy classes and one of the SDK's are replaced by ours, renamed: see {@link
 * #BYTE_BUDDY_REPLACEMENTS} and {@link #SDK_REPLACEMENTS}; two Byte Buddy classes are patched: see
 * {@link GeneratedDispatchers}.
 */
public final class AgentJarWriter {

  private static final String[] KEEP_DEBUG_INFO = {"io/baton/"};

  /**
   * Byte Buddy's classes, each with the agent-core class that takes its name in the jar: the
   * transformer's factory, which would generate at run time the subclass agent-core has compiled
   * ({@code ModuleAwareExecutingTransformer}), and the two factories of Byte Buddy's type
   * constants, which would make each constant a reflection proxy ({@code LoadedTypeConstant}). The
   * build fails if a class on either side is missing, so a Byte Buddy upgrade that moves one is
   * noticed.
   */
  static final String[][] BYTE_BUDDY_REPLACEMENTS = {
    {"net/bytebuddy/agent/builder/AgentBuilder$Default$ExecutingTransformer$Factory$CreationAction",
        "net/bytebuddy/agent/builder/PrecompiledCreationAction"},
    {"net/bytebuddy/description/type/TypeDescription$LazyProxy", "net/bytebuddy/description/type/LoadedTypeConstant"},
    {"net/bytebuddy/description/type/TypeDescription$Generic$LazyProxy",
        "net/bytebuddy/description/type/LoadedGenericTypeConstant"},
  };

  /**
   * The relocated SDK's classes, each with the agent-core class (relocated with it) that takes its
   * name in the jar: the attributes of a span being recorded ({@code CompactAttributesMap}). Same
   * rule: the build fails if either side is missing.
   */
  static final String[][] SDK_REPLACEMENTS = {
    {"io/baton/shaded/otel/sdk/common/internal/AttributesMap", "io/baton/shaded/otel/sdk/common/internal/CompactAttributesMap"},
  };

  private static final String[][][] REPLACEMENT_TABLES = {BYTE_BUDDY_REPLACEMENTS, SDK_REPLACEMENTS};

  private AgentJarWriter() {}

  public static void main(String[] args) throws IOException {
    Path output = Path.of(args[2]);
    Files.deleteIfExists(output);
    Map<String, StringBuilder> services = new TreeMap<>();
    try (JarFile bootstrap = new JarFile(args[0]);
        JarFile shaded = new JarFile(args[1]);
        JarOutputStream out = new JarOutputStream(Files.newOutputStream(output), manifest(args[3]))) {
      out.setLevel(Deflater.BEST_COMPRESSION);
      copy(bootstrap, out, "", services);
      copy(shaded, out, "inst/", services);
      for (String[][] replacements : REPLACEMENT_TABLES) {
        replaceClasses(shaded, out, replacements);
      }
      for (int i = 4; i < args.length; i++) {
        try (JarFile unrelocated = new JarFile(args[i])) {
          copy(unrelocated, out, "inst/", services);
        }
      }
      for (Map.Entry<String, StringBuilder> service : services.entrySet()) {
        out.putNextEntry(new JarEntry(service.getKey()));
        out.write(service.getValue().toString().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
  }

  private static Manifest manifest(String version) {
    Manifest manifest = new Manifest();
    Attributes main = manifest.getMainAttributes();
    main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
    main.putValue("Premain-Class", "io.baton.bootstrap.BatonAgent");
    main.putValue("Agent-Class", "io.baton.bootstrap.BatonAgent");
    main.putValue("Can-Retransform-Classes", "true");
    main.putValue("Can-Redefine-Classes", "true");
    main.putValue("Implementation-Title", "Baton");
    main.putValue("Implementation-Version", version);
    return manifest;
  }

  private static void copy(JarFile from, JarOutputStream out, String prefix, Map<String, StringBuilder> services)
      throws IOException {
    Enumeration<JarEntry> entries = from.entries();
    while (entries.hasMoreElements()) {
      JarEntry entry = entries.nextElement();
      String name = entry.getName();
      if (entry.isDirectory() || name.equals("META-INF/MANIFEST.MF") || (prefix.isEmpty() && name.startsWith("META-INF/"))) {
        continue;
      }
      if (isReplacedOrReplacement(name)) {
        continue;
      }
      byte[] bytes;
      try (InputStream in = from.getInputStream(entry)) {
        bytes = in.readAllBytes();
      }
      if (name.startsWith("META-INF/services/")) {
        String merged = new String(bytes, StandardCharsets.UTF_8).trim();
        services.computeIfAbsent(prefix + name, key -> new StringBuilder()).append(merged).append('\n');
        continue;
      }
      if (!prefix.isEmpty() && name.endsWith(".class")) {
        bytes = GeneratedDispatchers.patches(name) ? GeneratedDispatchers.patch(name, bytes) : bytes;
        bytes = keepsDebugInfo(name) ? bytes : withoutDebugInfo(bytes);
        name = name.substring(0, name.length() - ".class".length()) + ".classdata";
      }
      out.putNextEntry(new JarEntry(prefix + name));
      out.write(bytes);
      out.closeEntry();
    }
  }

  private static boolean isReplacedOrReplacement(String name) {
    for (String[][] replacements : REPLACEMENT_TABLES) {
      for (String[] replacement : replacements) {
        if (name.equals(replacement[0] + ".class") || name.equals(replacement[1] + ".class")) {
          return true;
        }
      }
    }
    return false;
  }

  private static void replaceClasses(JarFile shaded, JarOutputStream out, String[][] replacements) throws IOException {
    for (String[] replacement : replacements) {
      String original = replacement[0];
      String ours = replacement[1];
      JarEntry originalEntry = shaded.getJarEntry(original + ".class");
      JarEntry oursEntry = shaded.getJarEntry(ours + ".class");
      if (originalEntry == null || oursEntry == null) {
        throw new IllegalStateException("expected both " + original + " and " + ours
            + " in the shaded jar: did an upgrade of Byte Buddy or the SDK move or rename the class?");
      }
      byte[] originalBytes;
      try (InputStream in = shaded.getInputStream(originalEntry)) {
        originalBytes = in.readAllBytes();
      }
      try (InputStream in = shaded.getInputStream(oursEntry)) {
        out.putNextEntry(new JarEntry("inst/" + original + ".classdata"));
        out.write(replacing(in.readAllBytes(), ours, originalBytes, original));
        out.closeEntry();
      }
    }
  }

  /**
   * Our class under the name of the class it replaces, declaring itself nested where
   * that class was declared: reflection on the enclosing class (its member classes, say) checks
   * that both classes' {@code InnerClasses} entries agree.
   */
  static byte[] replacing(byte[] ours, String oursName, byte[] original, String originalName) {
    OwnInnerClassEntry own = new OwnInnerClassEntry(originalName);
    new ClassReader(original).accept(own, ClassReader.SKIP_CODE);
    ClassWriter writer = new ClassWriter(0);
    ClassVisitor declaringItself = new ClassVisitor(Opcodes.ASM9, writer) {
      @Override
      public void visitEnd() {
        if (own.found) {
          super.visitInnerClass(originalName, own.outerName, own.innerName, own.access);
        }
        super.visitEnd();
      }
    };
    new ClassReader(ours).accept(new ClassRemapper(declaringItself, new SimpleRemapper(oursName, originalName)), 0);
    return writer.toByteArray();
  }

  /** The {@code InnerClasses} entry in which a nested class describes itself. */
  private static final class OwnInnerClassEntry extends ClassVisitor {
    private final String name;
    boolean found;
    String outerName;
    String innerName;
    int access;

    OwnInnerClassEntry(String name) {
      super(Opcodes.ASM9);
      this.name = name;
    }

    @Override
    public void visitInnerClass(String entryName, String outerName, String innerName, int access) {
      if (entryName.equals(name)) {
        this.found = true;
        this.outerName = outerName;
        this.innerName = innerName;
        this.access = access;
      }
    }
  }

  private static boolean keepsDebugInfo(String name) {
    for (String kept : KEEP_DEBUG_INFO) {
      if (name.startsWith(kept)) {
        return true;
      }
    }
    return false;
  }

  static byte[] withoutDebugInfo(byte[] classFile) {
    ClassWriter writer = new ClassWriter(0);
    new ClassReader(classFile).accept(writer, ClassReader.SKIP_DEBUG);
    return writer.toByteArray();
  }

}
