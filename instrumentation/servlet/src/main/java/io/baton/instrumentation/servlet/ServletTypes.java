package io.baton.instrumentation.servlet;

import static net.bytebuddy.matcher.ElementMatchers.declaresMethod;
import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.returns;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.baton.core.instrumentation.AdviceApplier;
import io.baton.core.instrumentation.TypeHint;
import io.baton.core.instrumentation.TypeInstrumentation;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.matcher.ElementMatcher;

/**
 * Which classes of one servlet API flavour ({@code javax.servlet} or {@code jakarta.servlet}) get
 * which advice. Instrumented at {@code Filter.doFilter} / {@code Servlet.service}, the one place
 * every container (Tomcat, Jetty, Undertow, …) must call, so no container-specific code is needed
 * and the span is current for the filters too. One hierarchy walk per class serves all four
 * interfaces. Names only: this class is loaded by the agent, where no servlet API exists.
 */
public final class ServletTypes implements TypeInstrumentation {

  private final String api;
  private final String serviceAdvice;
  private final String startAsyncAdvice;
  private final String asyncRunnableAdvice;

  public ServletTypes(String api, String serviceAdvice, String startAsyncAdvice, String asyncRunnableAdvice) {
    this.api = api;
    this.serviceAdvice = serviceAdvice;
    this.startAsyncAdvice = startAsyncAdvice;
    this.asyncRunnableAdvice = asyncRunnableAdvice;
  }

  @Override
  public ElementMatcher<TypeDescription> typeMatcher() {
    // hierarchy first: the agent installs in the background, so most classes are already loaded
    // when it matches them, and for a loaded class the supertype walk is cheap while
    // declaresMethod reflects over every method of every class (measured in the benchmark app:
    // the whole installation took 1026-1127 ms of CPU with declaresMethod first, 652-688 ms with
    // this order). declaresMethod then still skips servlets that only override doGet.
    return not(isInterface())
        .and(hasSuperType(namedOneOf(api + ".Servlet", api + ".Filter", api + ".ServletRequest", api + ".AsyncContext")))
        .and(declaresMethod(namedOneOf("service", "doFilter", "startAsync", "start")));
  }

  /**
   * Only a class that declares one of the advised methods is worth a hierarchy walk, and such a
   * class has that method's descriptor among its constants. The app loader of a servlet container
   * loads thousands of classes that have none of them.
   */
  @Override
  public TypeHint hint() {
    String path = "L" + api.replace('.', '/') + "/";
    return TypeHint.subTypeOf(api + ".Servlet", api + ".Filter", api + ".ServletRequest", api + ".AsyncContext")
        .whenMentioning(
            "(" + path + "ServletRequest;" + path + "ServletResponse;", // service and doFilter
            path + "AsyncContext;", // what startAsync returns
            "(Ljava/lang/Runnable;)V"); // AsyncContext.start
  }

  @Override
  public void applyAdvice(AdviceApplier applier) {
    String request = api + ".ServletRequest";
    String response = api + ".ServletResponse";
    applier.applyAdvice(
        named("service").and(isPublic()).and(not(isAbstract())).and(takesArguments(2))
            .and(takesArgument(0, named(request))).and(takesArgument(1, named(response))),
        serviceAdvice);
    applier.applyAdvice(
        named("doFilter").and(isPublic()).and(not(isAbstract())).and(takesArguments(3))
            .and(takesArgument(0, named(request))).and(takesArgument(1, named(response)))
            .and(takesArgument(2, named(api + ".FilterChain"))),
        serviceAdvice);
    applier.applyAdvice(
        named("startAsync").and(isPublic()).and(not(isAbstract())).and(returns(named(api + ".AsyncContext"))),
        startAsyncAdvice);
    applier.applyAdvice(
        named("start").and(isPublic()).and(not(isAbstract())).and(takesArguments(1))
            .and(takesArgument(0, named("java.lang.Runnable"))),
        asyncRunnableAdvice);
  }
}
