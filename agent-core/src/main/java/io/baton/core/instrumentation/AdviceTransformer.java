package io.baton.core.instrumentation;

import io.baton.core.log.AgentLog;
import java.lang.reflect.Method;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.annotation.AnnotationList;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.method.MethodList;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.ClassFileLocator;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.implementation.bytecode.StackManipulation;
import net.bytebuddy.implementation.bytecode.constant.TextConstant;
import net.bytebuddy.implementation.bytecode.member.MethodInvocation;
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
 *
 * <p>An advice must suppress every throwable ({@code suppress = Throwable.class}); the handler
 * then passes what it caught to the boot dispatcher's {@code adviceFailed}, which reports it. The
 * call site has no other guard, so an advice that does not suppress is refused, with a warning,
 * and the methods it was meant for run unadvised.
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
  private final MethodDescription failureReport;
  private final List<Binding> bindings = new ArrayList<>();
  private final LoaderMap<ConcurrentMap<String, Optional<Advice>>> resolvedByLoader =
      new LoaderMap<>(loader -> new ConcurrentHashMap<>());
  /** Whether an advice class suppresses its throwables: its bytes, and so the answer, are the same for every loader. */
  private final ConcurrentMap<String, Boolean> suppressing = new ConcurrentHashMap<>();

  AdviceTransformer(Advice.WithCustomMapping mapping, ClassLoader agentLoader, AgentBuilder.PoolStrategy typePools,
      Method failureReport) {
    this.mapping = mapping;
    this.agentClasses = ClassFileLocator.ForClassLoader.of(agentLoader);
    this.typePools = typePools;
    this.failureReport = new MethodDescription.ForLoadedMethod(failureReport);
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
        Optional<Advice> advice = resolved(binding.adviceClassName, loader);
        if (advice.isPresent()) {
          advised = advised.invokable(binding.methods, advice.get());
          any = true;
        }
      }
    }
    return any ? builder.visit(advised) : builder;
  }

  private Optional<Advice> resolved(String adviceClassName, ClassLoader loader) {
    ConcurrentMap<String, Optional<Advice>> resolved = resolvedByLoader.get(loader);
    Optional<Advice> advice = resolved.get(adviceClassName);
    if (advice == null) {
      ClassFileLocator classFiles =
          new ClassFileLocator.Compound(agentClasses, ClassFileLocator.ForClassLoader.WeaklyReferenced.of(loader));
      TypeDescription adviceType = typePools.typePool(classFiles, loader).describe(adviceClassName).resolve();
      advice = suppressing.computeIfAbsent(adviceClassName, name -> checkedOnce(name, adviceType))
          ? Optional.of(mapping.to(adviceType, classFiles).withExceptionHandler(reportTo(adviceClassName)))
          : Optional.empty();
      Optional<Advice> earlier = resolved.putIfAbsent(adviceClassName, advice);
      advice = earlier != null ? earlier : advice;
    }
    return advice;
  }

  private static boolean checkedOnce(String adviceClassName, TypeDescription adviceType) {
    boolean suppresses = suppressesThrowables(adviceType);
    if (!suppresses) {
      AgentLog.warn("advice " + adviceClassName + " does not suppress Throwable and is not applied");
    }
    return suppresses;
  }

  /** Runs in the instrumented method with the advice's throwable on the stack. */
  private StackManipulation reportTo(String adviceClassName) {
    return new StackManipulation.Compound(new TextConstant(adviceClassName), MethodInvocation.invoke(failureReport));
  }

  static boolean suppressesThrowables(TypeDescription advice) {
    for (MethodDescription.InDefinedShape method : advice.getDeclaredMethods()) {
      AnnotationList annotations = method.getDeclaredAnnotations();
      if (!suppressesThrowable(annotations.ofType(Advice.OnMethodEnter.class))
          || !suppressesThrowable(annotations.ofType(Advice.OnMethodExit.class))) {
        return false;
      }
    }
    return true;
  }

  /** A method without the annotation is not that kind of advice method and has nothing to suppress. */
  private static boolean suppressesThrowable(AnnotationDescription adviceAnnotation) {
    return adviceAnnotation == null
        || adviceAnnotation.getValue("suppress").resolve(TypeDescription.class).represents(Throwable.class);
  }
}
