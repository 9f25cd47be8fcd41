package io.baton.core.instrumentation;

import static net.bytebuddy.matcher.ElementMatchers.named;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.InputStream;
import java.lang.invoke.CallSite;
import java.lang.invoke.ConstantCallSite;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import net.bytebuddy.ByteBuddy;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.dynamic.loading.ClassLoadingStrategy;
import net.bytebuddy.utility.JavaConstant;
import net.bytebuddy.utility.JavaModule;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdviceTransformerTest {

  public static class Door {
    public String open() {
      return "open";
    }
  }

  public static class Window {
    public String open() {
      return "ajar";
    }
  }

  public static class Wall {
    public String stand() {
      return "standing";
    }
  }

  public static class Gate {
    public String swing() {
      return "swung";
    }
  }

  public static class CountOpens {
    static final AtomicInteger OPENS = new AtomicInteger();

    @Advice.OnMethodEnter(inline = false, suppress = Throwable.class)
    public static void enter() {
      OPENS.incrementAndGet();
    }
  }

  public static class Breaks {
    static final IllegalStateException BUG = new IllegalStateException("bug in advice");

    @Advice.OnMethodExit(inline = false, suppress = Throwable.class)
    public static void exit() {
      throw BUG;
    }
  }

  /** Links the woven call sites straight to the advice, as the agent's dispatcher does through its loaders. */
  public static class Linker {
    public static CallSite bootstrap(MethodHandles.Lookup lookup, String name, MethodType type, Object... args)
        throws ReflectiveOperationException {
      Class<?> advice = Class.forName((String) args[0], true, AdviceTransformerTest.class.getClassLoader());
      return new ConstantCallSite(lookup.findStatic(advice, name, type));
    }

    /** Stands in for the boot dispatcher's {@code adviceFailed}. */
    public static void failed(Throwable error, String adviceClass) {
      FAILURES.add(adviceClass + ": " + error.getMessage());
    }
  }

  static final List<String> FAILURES = new CopyOnWriteArrayList<>();

  /** Where the transformer reads advice classes from, counting how often it reads {@link CountOpens}. */
  static final class CountingAgentLoader extends ClassLoader {
    final AtomicInteger adviceReads = new AtomicInteger();

    CountingAgentLoader() {
      super(AdviceTransformerTest.class.getClassLoader());
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      if (name.equals(CountOpens.class.getName().replace('.', '/') + ".class")) {
        adviceReads.incrementAndGet();
      }
      return super.getResourceAsStream(name);
    }
  }

  private final CountingAgentLoader agentLoader = new CountingAgentLoader();
  /** Byte Buddy asks for an advice method's bootstrap arguments each time it resolves that advice. */
  private final AtomicInteger adviceResolutions = new AtomicInteger();
  private AdviceTransformer transformer;

  @BeforeEach
  void bindAdvice() throws NoSuchMethodException {
    CountOpens.OPENS.set(0);
    FAILURES.clear();
    Advice.WithCustomMapping mapping = Advice.withCustomMapping().bootstrap(
        Linker.class.getMethod("bootstrap", MethodHandles.Lookup.class, String.class, MethodType.class, Object[].class),
        (adviceMethod, exit) -> {
          adviceResolutions.incrementAndGet();
          String adviceClass = adviceMethod.getDeclaringType().getName();
          return (instrumentedType, instrumentedMethod) -> List.of(JavaConstant.Simple.ofLoaded(adviceClass));
        });
    transformer = new AdviceTransformer(mapping, agentLoader, new SharedTypePool(),
        Linker.class.getMethod("failed", Throwable.class, String.class));
    transformer.applyAdvice(named("open"), CountOpens.class.getName());
  }

  @Test
  void whatAnAdviceThrowsIsHandedToTheReporterAndTheMethodReturnsNormally() throws Exception {
    transformer.applyAdvice(named("swing"), Breaks.class.getName());
    Object gate = newInstance(woven(Gate.class, new ClassLoader(getClass().getClassLoader()) {}));

    assertEquals("swung", gate.getClass().getMethod("swing").invoke(gate));
    assertEquals(List.of(Breaks.class.getName() + ": bug in advice"), FAILURES);
  }

  @Test
  void weavesTheAdviceIntoTheMethodsItBindsTo() throws Exception {
    Object door = newInstance(woven(Door.class, new ClassLoader(getClass().getClassLoader()) {}));

    assertEquals("open", door.getClass().getMethod("open").invoke(door));
    assertEquals(1, CountOpens.OPENS.get());
  }

  @Test
  void resolvesAnAdviceOncePerClassLoaderHoweverManyClassesItWeaves() {
    ClassLoader application = new ClassLoader(getClass().getClassLoader()) {};
    woven(Door.class, application);
    woven(Window.class, application);
    assertEquals(1, agentLoader.adviceReads.get());
    assertEquals(1, adviceResolutions.get());

    woven(Door.class, new ClassLoader(getClass().getClassLoader()) {});
    assertEquals(2, agentLoader.adviceReads.get());
    assertEquals(2, adviceResolutions.get());
  }

  @Test
  void leavesAClassThatDeclaresNoneOfTheBoundMethodsAsItWasWithoutReadingTheAdvice() {
    transformer.applyAdvice(named("close"), "io.baton.does.not.Exist");
    DynamicType.Builder<?> builder = new ByteBuddy().redefine(Wall.class);

    assertSame(builder, transform(builder, Wall.class, getClass().getClassLoader()));
    assertEquals(0, agentLoader.adviceReads.get());
    assertEquals(0, adviceResolutions.get());
  }

  private Class<?> woven(Class<?> type, ClassLoader loader) {
    DynamicType.Builder<?> builder = new ByteBuddy().redefine(type, ClassFileLocator.ForClassLoader.of(type.getClassLoader()));
    return transform(builder, type, loader).make()
        .load(loader, ClassLoadingStrategy.Default.CHILD_FIRST)
        .getLoaded();
  }

  private DynamicType.Builder<?> transform(DynamicType.Builder<?> builder, Class<?> type, ClassLoader loader) {
    return transformer.transform(builder, TypeDescription.ForLoadedType.of(type), loader, JavaModule.ofType(type), null);
  }

  private static Object newInstance(Class<?> type) throws ReflectiveOperationException {
    return type.getConstructor().newInstance();
  }
}
