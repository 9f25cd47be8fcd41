package io.baton.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.opentelemetry.api.common.AttributeKey;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The SDK classes the agent jar replaces with agent-core's. The table names them relocated, as in
 * the jar; here, on the test class path, they are read under their original names. The SDK calls
 * the replacement through the methods it compiled against, so an SDK upgrade that adds or changes
 * one must fail the build, not a traced application.
 */
class SdkReplacementsTest {

  @Test
  void eachReplacementOffersEveryMethodOfTheClassItReplaces() throws Exception {
    for (String[] replacement : AgentJarWriter.SDK_REPLACEMENTS) {
      Class<?> replaced = Class.forName(unrelocated(replacement[0]).replace('/', '.'), false, loader());
      Class<?> ours = Class.forName(unrelocated(replacement[1]).replace('/', '.'), false, loader());

      assertEquals(nonPrivateMethods(replaced, replaced), nonPrivateMethods(ours, replaced), replacement[1]);
      assertEquals(Set.of(replaced.getInterfaces()), Set.of(ours.getInterfaces()), replacement[1]);
    }
  }

  /** The replacement as the build writes it, defined under the SDK's name and used. */
  @Test
  void theRenamedAttributesMapWorksUnderTheSdkName() throws Exception {
    String original = unrelocated(AgentJarWriter.SDK_REPLACEMENTS[0][0]);
    String ours = unrelocated(AgentJarWriter.SDK_REPLACEMENTS[0][1]);
    byte[] renamed = AgentJarWriter.replacing(presentClassFile(ours), ours, presentClassFile(original), original);
    Class<?> map = new OneClassLoader(original.replace('/', '.'), renamed).loadClass(original.replace('/', '.'));

    Object attributes = map.getMethod("create", long.class, int.class).invoke(null, 128L, Integer.MAX_VALUE);
    map.getMethod("put", AttributeKey.class, Object.class).invoke(attributes, AttributeKey.stringKey("db.system.name"), "h2database");

    assertEquals("AttributesMap{data={db.system.name=h2database}, capacity=128, totalAddedValues=1}", attributes.toString());
    assertEquals("h2database", map.getMethod("get", AttributeKey.class).invoke(attributes, AttributeKey.stringKey("db.system.name")));
  }

  private static String unrelocated(String internalName) {
    String relocated = "io/baton/shaded/otel/";
    assertEquals(0, internalName.indexOf(relocated), internalName);
    return "io/opentelemetry/" + internalName.substring(relocated.length());
  }

  /** Each public or package method, with the replaced class's name standing for its own. */
  private static Set<String> nonPrivateMethods(Class<?> type, Class<?> standingFor) {
    Set<String> methods = new TreeSet<>();
    for (Method method : type.getDeclaredMethods()) {
      if (Modifier.isPrivate(method.getModifiers()) || method.isSynthetic()) {
        continue;
      }
      String signature = Modifier.toString(method.getModifiers() & (Modifier.PUBLIC | Modifier.STATIC)) + " "
          + method.getReturnType().getName() + " " + method.getName() + " " + Arrays.toString(method.getParameterTypes());
      methods.add(signature.replace(type.getName(), standingFor.getName()));
    }
    return methods;
  }

  private static byte[] presentClassFile(String internalName) {
    byte[] bytes = TestClassFiles.read(internalName);
    assertNotNull(bytes, internalName);
    return bytes;
  }

  private static ClassLoader loader() {
    return SdkReplacementsTest.class.getClassLoader();
  }

  /** Defines one class itself and delegates everything else. */
  private static final class OneClassLoader extends ClassLoader {
    private final String name;
    private final byte[] bytes;

    OneClassLoader(String name, byte[] bytes) {
      super(SdkReplacementsTest.loader());
      this.name = name;
      this.bytes = bytes;
    }

    @Override
    protected Class<?> loadClass(String className, boolean resolve) throws ClassNotFoundException {
      if (!className.equals(name)) {
        return super.loadClass(className, resolve);
      }
      synchronized (getClassLoadingLock(className)) {
        Class<?> loaded = findLoadedClass(className);
        return loaded != null ? loaded : defineClass(className, bytes, 0, bytes.length);
      }
    }
  }
}
