package io.baton.instrumentation.executors;

import static io.baton.instrumentation.executors.JdkTypeInstrumentation.type;
import static net.bytebuddy.matcher.ElementMatchers.isConstructor;
import static net.bytebuddy.matcher.ElementMatchers.isPublic;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import io.baton.core.instrumentation.InstrumentationModule;
import io.baton.core.instrumentation.TypeInstrumentation;
import java.util.Arrays;
import java.util.List;

/**
 * Carries the context current where work is handed to another thread (JDK executors, fork/join,
 * {@code CompletableFuture} async stages, virtual threads, {@code new Thread(..).start()}) to
 * where it runs, and restores the worker's own context afterwards.
 *
 * <p>Design: the cheapest place that keeps the application's view intact. Plain tasks queued by
 * {@code execute} are wrapped (lambdas cannot be instrumented; the wrapper is unwrapped again for
 * {@code remove}, rejection handlers and {@code shutdownNow}). Futures capture the context inside
 * themselves, at construction, so the object queued is the one the application holds. Fork/join
 * tasks keep their identity and park their context in a weak map until they run. Threads get the
 * starter's context in {@code Thread.run}. Nothing is allocated when no context is current.
 *
 * <p>Periodic tasks ({@code scheduleAtFixedRate}, {@code scheduleWithFixedDelay}) carry no
 * context: each run starts without one. See {@link OutlivesCallerAdvice}.
 */
public final class ExecutorsInstrumentationModule extends InstrumentationModule {

  private static final String CONCURRENT = "java.util.concurrent.";

  public ExecutorsInstrumentationModule() {
    super("executors");
  }

  @Override
  public List<TypeInstrumentation> typeInstrumentations() {
    return Arrays.asList(
        type(CONCURRENT + "ThreadPoolExecutor")
            .advise(named("execute").and(takesArguments(Runnable.class)), ExecuteRunnableAdvice.class)
            .advise(named("addWorker"), OutlivesCallerAdvice.class)
            .advise(named("remove").and(takesArguments(Runnable.class)), RemoveAdvice.class)
            .advise(named("reject").and(takesArguments(Runnable.class)), RejectAdvice.class)
            .advise(named("shutdownNow").and(takesArguments(0)), ShutdownNowAdvice.class),
        type(CONCURRENT + "ScheduledThreadPoolExecutor")
            .advise(namedOneOf("scheduleAtFixedRate", "scheduleWithFixedDelay"), OutlivesCallerAdvice.class),
        type(CONCURRENT + "FutureTask")
            .advise(isConstructor().and(takesArgument(0, Runnable.class)), FutureTaskRunnableAdvice.class)
            .advise(isConstructor().and(takesArgument(0, java.util.concurrent.Callable.class)), FutureTaskCallableAdvice.class),
        type(CONCURRENT + "ForkJoinPool")
            .advise(namedOneOf("execute", "submit").and(takesArgument(0, Runnable.class)), ExecuteRunnableAdvice.class)
            .advise(named("submit").and(takesArgument(0, java.util.concurrent.Callable.class)), SubmitCallableAdvice.class)
            // by name: a ForkJoinTask.class literal here loads ForkJoinTask (and, through it,
            // ForkJoinPool) before the agent's transformer exists, so both had to be retransformed
            .advise(namedOneOf("execute", "submit", "invoke").and(takesArguments(1))
                    .and(takesArgument(0, named(CONCURRENT + "ForkJoinTask"))),
                ForkJoinTaskHandOverAdvice.class)
            .advise(namedOneOf("invokeAll", "invokeAny").and(isPublic()).and(takesArgument(0, java.util.Collection.class)),
                InvokeCollectionAdvice.class),
        type(CONCURRENT + "ForkJoinTask")
            .advise(named("fork").and(takesArguments(0)), ForkAdvice.class)
            .advise(named("doExec").and(takesArguments(0)), ForkJoinTaskExecAdvice.class),
        type(CONCURRENT + "CompletableFuture$UniCompletion")
            .advise(isConstructor().and(takesArgument(0, java.util.concurrent.Executor.class)), AsyncStageAdvice.class),
        type("java.lang.Thread")
            .advise(named("start").and(takesArguments(0)), ThreadStartAdvice.class)
            .advise(named("run").and(takesArguments(0)), ThreadRunAdvice.class),
        // JDK 21+; absent types simply never match
        type("java.lang.VirtualThread")
            .advise(isConstructor().and(takesArguments(4)).and(takesArgument(3, Runnable.class)), VirtualThreadTaskAdvice.class),
        type(CONCURRENT + "ThreadPerTaskExecutor")
            .advise(named("newThread").and(takesArguments(Runnable.class)), ThreadPerTaskAdvice.class));
  }
}
