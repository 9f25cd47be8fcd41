package io.baton.core.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AgentLogTest {

  @Test
  void warningsAreRateLimitedPerMinute() {
    long now = System.nanoTime() + 120_000_000_000L; // a fresh window
    int admitted = 0;
    for (int i = 0; i < 100; i++) {
      if (AgentLog.admitWarning(now)) {
        admitted++;
      }
    }
    assertEquals(AgentLog.WARNINGS_PER_MINUTE, admitted);
  }

  @Test
  void silencedTheAgentPrintsNothingNotEvenAWarning() {
    PrintStream stderr = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      AgentLog.setSilent(true);
      AgentLog.setDebug(true);
      AgentLog.warn("collector unreachable", new IOException("refused"));
      AgentLog.info("started");
      AgentLog.debug("transformed x");
      AgentLog.setSilent(false);
      AgentLog.info("audible");
    } finally {
      AgentLog.setSilent(false);
      AgentLog.setDebug(false);
      System.setErr(stderr);
    }
    assertEquals("[baton] INFO audible" + System.lineSeparator(), captured.toString(StandardCharsets.UTF_8));
  }
}
