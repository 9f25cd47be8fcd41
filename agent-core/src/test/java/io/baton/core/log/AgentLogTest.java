package io.baton.core.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
