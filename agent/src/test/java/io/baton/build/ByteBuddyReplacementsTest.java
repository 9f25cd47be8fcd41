package io.baton.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The Byte Buddy classes the agent jar replaces with agent-core's, renamed as the build renames
 * them, loaded together with the rest of Byte Buddy in a fresh class loader. That the real jar
 * starts with them is checked by the smoke tests, which all run it.
 */
class ByteBuddyReplacementsTest {

  private static final String TYPE_DESCRIPTION = "net.bytebuddy.description.type.TypeDescription";
  private static final String GENERIC = TYPE_DESCRIPTION + "$Generic";

  @Test
  void everyReplacedClassAndItsReplacementExist() {
    for (String[] replacement : AgentJarWriter.BYTE_BUDDY_REPLACEMENTS) {
      assertNotNull(TestClassFiles.read(replacement[0]), replacement[0]);
      assertNotNull(TestClassFiles.read(replacement[1]), replacement[1]);
    }
  }

  @Test
  void typeConstantsAreLoadedTypesNotReflectionProxies() throws Exception {
    ClassLoader asInTheJar = new ByteBuddyLoader(true);

    Object object = constant(asInTheJar, TYPE_DESCRIPTION, "OBJECT");
    Object genericObject = constant(asInTheJar, GENERIC, "OBJECT");
    Object throwable = constant(asInTheJar, TYPE_DESCRIPTION, "THROWABLE");

    assertEquals(TYPE_DESCRIPTION + "$ForLoadedType", object.getClass().getName());
    assertEquals(GENERIC + "$OfNonGenericType$ForLoadedType", genericObject.getClass().getName());
    assertEquals("java.lang.Object", object.getClass().getMethod("getName").invoke(object));
    assertEquals("java.lang.Throwable", throwable.getClass().getMethod("getName").invoke(throwable));
    assertEquals("java.lang.Object", genericObject.getClass().getMethod("getTypeName").invoke(genericObject));
    assertFalse(Proxy.isProxyClass(constant(asInTheJar, GENERIC, "CLASS").getClass()));
  }

  /** Reflection checks that a nested class and its enclosing class agree on where it is declared. */
  @Test
  void eachReplacementIsDeclaredWhereTheReplacedClassWas() throws Exception {
    ClassLoader asInTheJar = new ByteBuddyLoader(true);
    for (String[] replacement : AgentJarWriter.BYTE_BUDDY_REPLACEMENTS) {
      String name = replacement[0].replace('/', '.');
      Class<?> replaced = Class.forName(name, false, asInTheJar);
      Class<?> enclosing = replaced.getDeclaringClass();

      assertEquals(name.substring(0, name.lastIndexOf('$')), enclosing.getName());
      assertTrue(List.of(enclosing.getDeclaredClasses()).contains(replaced), name);
    }
  }

  /** The same loader without the replacements: what the test would see if the build stopped replacing. */
  @Test
  void plainByteBuddyMakesEachConstantAProxy() throws Exception {
    ClassLoader plain = new ByteBuddyLoader(false);

    assertTrue(Proxy.isProxyClass(constant(plain, TYPE_DESCRIPTION, "OBJECT").getClass()));
    assertTrue(Proxy.isProxyClass(constant(plain, GENERIC, "OBJECT").getClass()));
  }

  private static Object constant(ClassLoader loader, String type, String field) throws Exception {
    return Class.forName(type, true, loader).getField(field).get(null);
  }

  /** Defines Byte Buddy's classes itself, so that they initialise afresh, optionally with the replacements. */
  private static final class ByteBuddyLoader extends ClassLoader {
    private final Map<String, String> replacedBy = new TreeMap<>();

    ByteBuddyLoader(boolean replacing) {
      super(ByteBuddyReplacementsTest.class.getClassLoader());
      if (replacing) {
        for (String[] replacement : AgentJarWriter.BYTE_BUDDY_REPLACEMENTS) {
          replacedBy.put(replacement[0], replacement[1]);
        }
      }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (!name.startsWith("net.bytebuddy.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        if (loaded == null) {
          String internalName = name.replace('.', '/');
          String ours = replacedBy.get(internalName);
          byte[] bytes = ours == null
              ? TestClassFiles.read(internalName)
              : AgentJarWriter.replacing(TestClassFiles.read(ours), ours, TestClassFiles.read(internalName), internalName);
          if (bytes == null) {
            throw new ClassNotFoundException(name);
          }
          loaded = defineClass(name, bytes, 0, bytes.length);
        }
        return loaded;
      }
    }
  }
}
