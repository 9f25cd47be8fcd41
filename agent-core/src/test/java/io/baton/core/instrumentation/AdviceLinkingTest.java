package io.baton.core.instrumentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.baton.core.testing.TestAgent;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.time.Duration;
import java.util.List;
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
  void libraryExceptionReachesTheCallerUnchangedAndIsRecordedOnTheSpan() {
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> new Greeter().fail());
    assertEquals("the library's own failure", thrown.getMessage());

    List<SpanData> spans = TestAgent.awaitSpans(1, Duration.ofSeconds(5));
    SpanData span = spans.get(0);
    assertEquals("Greeter.fail", span.getName());
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertTrue(span.getEvents().stream().anyMatch(e -> e.getName().equals("exception")));
  }
}
