package io.baton.core.indy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The template itself, not the copy injected into java.lang: what the woven handler hands it must
 * reach the agent's reporter, and a reporter that fails must not reach the application.
 */
class IndyDispatcherTemplateTest {

  static final List<Object[]> reported = new ArrayList<>();
  static boolean reporterThrows;

  static void report(Throwable error, String adviceClass) {
    reported.add(new Object[] {error, adviceClass});
    if (reporterThrows) {
      throw new IllegalStateException("reporter broken");
    }
  }

  @Test
  void anAdvicesThrowableIsPassedToTheAgentsReporterAndNeverRethrown() throws Exception {
    MethodHandle reporter = MethodHandles.lookup().findStatic(IndyDispatcherTemplateTest.class, "report",
        MethodType.methodType(void.class, Throwable.class, String.class));
    MethodHandle noLinker = MethodHandles.empty(MethodType.methodType(Object.class));
    IndyDispatcherTemplate.install(noLinker, reporter);
    IllegalStateException bug = new IllegalStateException("bug in advice");

    IndyDispatcherTemplate.adviceFailed(bug, "com.example.SomeAdvice");
    reporterThrows = true;
    IndyDispatcherTemplate.adviceFailed(bug, "com.example.OtherAdvice");

    assertEquals(2, reported.size());
    assertSame(bug, reported.get(0)[0]);
    assertEquals("com.example.SomeAdvice", reported.get(0)[1]);
    assertEquals("com.example.OtherAdvice", reported.get(1)[1]);
  }
}
