package io.baton.bench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;

class MachineCpuTest {

  @Test
  void busyIsUserNiceSystemIrqSoftirqAndStealButNotGuestAgain() {
    MachineCpu cpu = MachineCpu.parse("cpu  10 2 3 100 5 1 1 7 4 0", 2);

    assertEquals(10 + 2 + 3 + 1 + 1 + 7, cpu.busyTicks);
    assertEquals(100 + 5, cpu.idleTicks);
  }

  @Test
  void theCpusAreTheNumberedLinesNotTheAggregateOrOtherLines() {
    MachineCpu cpu = MachineCpu.parse(List.of(
        "cpu  20 0 10 200 0 0 0 0 0 0",
        "cpu0 10 0 5 100 0 0 0 0 0 0",
        "cpu1 10 0 5 100 0 0 0 0 0 0",
        "cpu2 0 0 0 0 0 0 0 0 0 0",
        "intr 12345 0 0",
        "ctxt 987654",
        "procs_running 3"));

    assertEquals(3, cpu.cpus);
    assertEquals(30, cpu.busyTicks);
  }

  @Test
  void busySecondsUseTheTickLengthTheReadingsImply() {
    MachineCpu before = new MachineCpu(1_000, 5_000, 2);
    // 2 CPUs for 10 s at 100 ticks a second: 2,000 ticks, 1,500 of them busy
    MachineCpu after = new MachineCpu(2_500, 5_500, 2);

    assertEquals(15.0, after.busySecondsSince(before, 10.0), 1e-9);
    assertEquals(0.25, after.idleShareSince(before), 1e-9);
  }

  @Test
  void noTicksBetweenReadingsGiveNoFigure() {
    MachineCpu same = new MachineCpu(10, 10, 2);

    assertTrue(Double.isNaN(same.busySecondsSince(same, 1.0)));
    assertTrue(Double.isNaN(same.idleShareSince(same)));
  }

  @Test
  void onlyTheAggregateLineIsAccepted() {
    assertThrows(IllegalArgumentException.class, () -> MachineCpu.parse("cpu0 10 2 3 100 5 1 1 0 0 0", 1));
  }

  @Test
  void readsThisMachine() {
    assumeTrue(Files.isReadable(Paths.get("/proc/stat")), "Linux only");

    MachineCpu now = MachineCpu.read();

    assertNotNull(now);
    assertTrue(now.busyTicks > 0 && now.idleTicks > 0, "ticks " + now.busyTicks + " " + now.idleTicks);
    assertTrue(now.cpus >= 1, "cpus " + now.cpus);
  }
}
