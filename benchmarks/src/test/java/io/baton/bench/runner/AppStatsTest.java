package io.baton.bench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AppStatsTest {

  @Test
  void readsTheKeyValueLinesOfTheStatsPage() {
    AppStats stats = AppStats.parse(String.join("\n",
        "cpuNanos=123456789", "jitMillis=4200", "allocatedBytes=1048576", "heapUsedBytes=2048",
        "nonHeapCommittedBytes=4096", "gcCount=17", "gcMillis=85", "consumed=99", ""));

    assertEquals(123456789, stats.cpuNanos);
    assertEquals(4200, stats.jitMillis);
    assertEquals(1048576, stats.allocatedBytes);
    assertEquals(2048, stats.heapUsedBytes);
    assertEquals(4096, stats.nonHeapCommittedBytes);
    assertEquals(17, stats.gcCount);
    assertEquals(85, stats.gcMillis);
    assertEquals(99, stats.consumed);
  }

  @Test
  void aFigureAnOlderAppDoesNotReportReadsAsZero() {
    AppStats stats = AppStats.parse("cpuNanos=5\n");

    assertEquals(5, stats.cpuNanos);
    assertEquals(0, stats.gcCount);
    assertEquals(0, stats.gcMillis);
  }
}
