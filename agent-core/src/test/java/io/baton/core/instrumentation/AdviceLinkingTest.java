package io.baton.core.instrumentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.core.fixture.advice.GreetAdvice;
import io.baton.core.fixture.advice.ThrowingAdvice;
import io.baton.core.fixture.advice.UnguardedAdvice;
import io.baton.core.testing.GarbageCollection;
import io.baton.core.testing.TestAgent;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.lang.ref.WeakReference;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.List;
import net.bytebuddy.description.type.TypeDescription;
import org.example.fixture.Greeter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AdviceLinkingTest {

  @BeforeAll
  static void installAgent() {
    TestAgent.install();
  }

  @Test
  void adviceRewritesArgumentAndReturnValueFromItsOwnClassLoader() {
    String greeting = new Greeter().greet("ada");

    assertEquals("hello ada (seen by advice loaded by baton-advice:io.baton.core.fixture.advice.)!", greeting);
  }

  @Test
  void throwingAdviceIsSwallowedAndTheMethodStillRuns() {
    assertEquals("QUIET", new Greeter().shout("quiet"));
  }

  @Test
  void adviceThatDoesNotSuppressThrowablesIsNotWoven() {
    assertEquals("quiet", new Greeter().whisper("QUIET"));
  }

  @Test
  void onlyAdviceSuppressingEveryThrowableIsAccepted() {
    assertTrue(AdviceTransformer.suppressesThrowables(TypeDescription.ForLoadedType.of(ThrowingAdvice.class)));
    assertTrue(AdviceTransformer.suppressesThrowables(TypeDescription.ForLoadedType.of(GreetAdvice.class)));
    assertFalse(AdviceTransformer.suppressesThrowables(TypeDescription.ForLoadedType.of(UnguardedAdvice.class)));
  }

  @Test
  void libraryExceptionReachesTheCallerUnchangedAndIsRecordedOnTheSpan() {
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> new Greeter().fail());
    assertEquals("the library's own failure", thrown.getMessage());

    List<SpanData> spans = TestAgent.awaitSpans(1, Duration.ofSeconds(5));
    SpanData span = spans.get(0);
    assertEquals("Greeter.fail", span.getName());
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertTrue(span.getEvents().stream().anyMatch(e -> e.getName().equals("exception")));
  }

  @Test
  void anUndeployedApplicationWhoseClassesWereWovenCanBeCollected() throws Exception {
    WeakReference<ClassLoader> webApp = greetFromThrowawayApplication();

    GarbageCollection.awaitCleared(webApp);
    assertNull(webApp.get(), "something of the agent keeps the application's class loader alive");
  }

  /** A web application of its own: its loader defines Greeter, which the agent weaves. */
  private static WeakReference<ClassLoader> greetFromThrowawayApplication() throws Exception {
    URL testClasses = AdviceLinkingTest.class.getProtectionDomain().getCodeSource().getLocation();
    ClassLoader webApp = new URLClassLoader(new URL[] {testClasses}, null);
    Class<?> greeter = Class.forName(Greeter.class.getName(), true, webApp);
    Object instance = greeter.getConstructor().newInstance();

    assertEquals("hello ada (seen by advice loaded by baton-advice:io.baton.core.fixture.advice.)!",
        greeter.getMethod("greet", String.class).invoke(instance, "ada"));
    return new WeakReference<>(webApp);
  }
}
