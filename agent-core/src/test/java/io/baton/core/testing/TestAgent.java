package io.baton.core.testing;

import io.baton.core.api.Tracing;
import io.baton.core.config.AgentConfig;
import io.baton.core.instrumentation.InstrumentationInstaller;
import io.baton.core.instrumentation.InstrumentationModules;
import io.baton.core.propagation.StandardPropagators;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.lang.instrument.Instrumentation;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import net.bytebuddy.agent.ByteBuddyAgent;

/**
 * The agent installed into the test's own JVM, for instrumentation tests: the same installer,
 * invokedynamic linking and advice class loaders as the real agent, with every module on the
 * test class path, and finished spans kept in memory. The real jar, with its isolated class
 * loader and OTLP export, is exercised by the smoke tests.
 */
public final class TestAgent {

  private static InMemorySpanExporter exporter;

  private TestAgent() {}

  /** Installs once per JVM; later calls just clear the finished spans. */
  public static synchronized void install() {
    if (exporter == null) {
      exporter = InMemorySpanExporter.create();
      Tracing.set(
          OpenTelemetrySdk.builder()
              .setTracerProvider(
                  SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(exporter)).build())
              .setPropagators(
                  ContextPropagators.create(
                      TextMapPropagator.composite(
                          StandardPropagators.traceContext(), StandardPropagators.baggage())))
              .build());
      Instrumentation inst = ByteBuddyAgent.install();
      ClassLoader classPath = TestAgent.class.getClassLoader();
      try {
        InstrumentationInstaller.install(inst, classPath, InstrumentationModules.enabled(classPath, AgentConfig.get()));
      } catch (Exception e) {
        throw new IllegalStateException("test agent could not be installed", e);
      }
    }
    exporter.reset();
  }

  /**
   * The copy of an instrumentation's helper class that its advice uses. Advice runs its helpers in
   * an advice loader of their own, so a test that names such a class gets another copy, with other
   * static state.
   */
  public static Class<?> adviceCopyOf(Class<?> helper) {
    for (Class<?> loaded : ByteBuddyAgent.getInstrumentation().getAllLoadedClasses()) {
      if (loaded.getName().equals(helper.getName()) && loaded != helper) {
        return loaded;
      }
    }
    throw new IllegalStateException("no advice has loaded its own " + helper.getName() + " yet");
  }

  public static List<SpanData> spans() {
    return exporter.getFinishedSpanItems();
  }

  public static void reset() {
    exporter.reset();
  }

  /** Waits until at least {@code count} spans have finished; fails the test otherwise. */
  public static List<SpanData> awaitSpans(int count, Duration timeout) {
    return awaitSpans(spans -> spans.size() >= count, timeout);
  }

  public static List<SpanData> awaitSpans(Predicate<List<SpanData>> done, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<SpanData> finished = exporter.getFinishedSpanItems();
      if (done.test(finished)) {
        return finished;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for spans; finished so far: " + finished);
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }
}
