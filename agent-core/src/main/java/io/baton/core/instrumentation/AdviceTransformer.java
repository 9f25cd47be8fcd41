package io.baton.core.instrumentation;

import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.method.MethodList;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.utility.JavaModule;

/**
 * Weaves one type instrumentation's advice into a matched class, like Byte Buddy's
 * {@code AgentBuilder.Transformer.ForAdvice} but with its two costs removed. {@code ForAdvice}
 * parses and resolves every advice class again for each class it transforms, even advice whose
 * methods that class does not declare: profiled at the benchmark app's start-up, that resolution
 * was a third of the time spent transforming. Here an advice is resolved only for a class that
 * declares one of its methods, and then once per class loader.
 *
 * <p>Resolved advice names library types of that loader, so it is kept per loader, weakly, and
 * reads the loader's class files through a weak reference: an undeployed application stays
 * collectable.
 */
final class AdviceTransformer implements AgentBuilder.Transformer, AdviceApplier {

  private static final class Binding {
    final ElementMatcher<? super MethodDescription> methods;
    final String adviceClassName;

    Binding(ElementMatcher<? super MethodDescription> methods, String adviceClassName) {
      this.methods = methods;
      this.adviceClassName = adviceClassName;
    }
  }

  private final Advice.WithCustomMapping mapping;
  private final ClassFileLocator agentClasses;
  private final AgentBuilder.PoolStrategy typePools;
  private final List<Binding> bindings = new ArrayList<>();
  private final LoaderMap<ConcurrentMap<String, Advice>> resolvedByLoader =
      new LoaderMap<>(loader -> new ConcurrentHashMap<>());

  AdviceTransformer(Advice.WithCustomMapping mapping, ClassLoader agentLoader, AgentBuilder.PoolStrategy typePools) {
    this.mapping = mapping;
    this.agentClasses = ClassFileLocator.ForClassLoader.of(agentLoader);
    this.typePools = typePools;
  }

  /** Called while the instrumentation is being installed, before any class is transformed. */
  @Override
  public void applyAdvice(ElementMatcher<? super MethodDescription> methods, String adviceClassName) {
    bindings.add(new Binding(methods, adviceClassName));
  }

  @Override
  public DynamicType.Builder<?> transform(DynamicType.Builder<?> builder, TypeDescription type,
      ClassLoader loader, JavaModule module, ProtectionDomain protectionDomain) {
    MethodList<MethodDescription.InDefinedShape> declared = type.getDeclaredMethods();
    AsmVisitorWrapper.ForDeclaredMethods advised = new AsmVisitorWrapper.ForDeclaredMethods();
    boolean any = false;
    for (Binding binding : bindings) {
      if (!declared.filter(binding.methods).isEmpty()) {
        advised = advised.invokable(binding.methods, resolved(binding.adviceClassName, loader));
        any = true;
      }
    }
    return any ? builder.visit(advised) : builder;
  }

  private Advice resolved(String adviceClassName, ClassLoader loader) {
    ConcurrentMap<String, Advice> resolved = resolvedByLoader.get(loader);
    Advice advice = resolved.get(adviceClassName);
    if (advice == null) {
      ClassFileLocator classFiles =
          new ClassFileLocator.Compound(agentClasses, ClassFileLocator.ForClassLoader.WeaklyReferenced.of(loader));
      advice = mapping.to(typePools.typePool(classFiles, loader).describe(adviceClassName).resolve(), classFiles);
      Advice earlier = resolved.putIfAbsent(adviceClassName, advice);
      advice = earlier != null ? earlier : advice;
    }
    return advice;
  }
}
