package io.baton.bench.runner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportTest {

  private final Report report = new Report(List.of(Variant.NONE, Variant.BATON));

  @Test
  void startUpMedianCountsTheLaunchesThatOnlyTimedStartUp() {
    addRound(1, new double[] {1000, 1100, 900}, new double[] {1500, 1400, 1800});

    assertEquals(1000, report.median(Variant.NONE, Metric.STARTUP));
    assertEquals(1500, report.median(Variant.BATON, Metric.STARTUP));
  }

  @Test
  void steadyStateFiguresComeFromTheFullRunsOnly() {
    addRound(1, new double[] {1000, 1100, 900}, new double[] {1500, 1400, 1800});
    addRound(2, new double[] {1200, 1000, 1000}, new double[] {1600, 1500, 1500});

    // two full runs per variant: 110 and 120 req/s without the agent, 99 and 108 with it
    assertEquals(115, report.median(Variant.NONE, Metric.THROUGHPUT), 1e-9);
    assertEquals(103.5, report.median(Variant.BATON, Metric.THROUGHPUT), 1e-9);
    assertArrayEquals(new double[] {0.9, 0.9}, report.pairedRatios(Variant.BATON, Metric.THROUGHPUT), 1e-9);
  }

  @Test
  void eachLaunchIsPairedWithTheNoAgentLaunchOfTheSameRoundAndNumber() {
    addRound(1, new double[] {1000, 1100, 900}, new double[] {1500, 1400, 1800});

    assertArrayEquals(new double[] {1400 / 1100.0, 1.5, 2.0}, report.pairedRatios(Variant.BATON, Metric.STARTUP), 1e-9);
  }

  @Test
  void aLaunchWithoutANoAgentPartnerHasNoRatio() {
    report.add(new RunResult(Variant.NONE, 1, 0).put(Metric.STARTUP, 1000));
    report.add(new RunResult(Variant.BATON, 1, 0).put(Metric.STARTUP, 1300));
    report.add(new RunResult(Variant.BATON, 1, 1).put(Metric.STARTUP, 9000));

    assertArrayEquals(new double[] {1.3}, report.pairedRatios(Variant.BATON, Metric.STARTUP), 1e-9);
  }

  @Test
  void memoryAddedAtStartUpIsComparedAcrossAllLaunchesOfEachAgent() throws Exception {
    Report three = new Report(List.of(Variant.NONE, Variant.BATON, Variant.OTEL));
    double[][] rss = {{146, 140, 150}, {170, 168, 171}, {338, 298, 375}};
    for (int launch = 0; launch < 3; launch++) {
      three.add(new RunResult(Variant.NONE, 1, launch).put(Metric.PEAK_RSS_AT_STARTUP, rss[0][launch]));
      three.add(new RunResult(Variant.BATON, 1, launch).put(Metric.PEAK_RSS_AT_STARTUP, rss[1][launch]));
      three.add(new RunResult(Variant.OTEL, 1, launch).put(Metric.PEAK_RSS_AT_STARTUP, rss[2][launch]));
    }
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    three.printDerived(new PrintStream(printed, true, StandardCharsets.UTF_8));

    // medians 146, 170 and 338: Baton adds 24 MiB, OpenTelemetry 192
    String derived = printed.toString(StandardCharsets.UTF_8);
    assertTrue(derived.contains("peak RSS added until first response (MiB): baton +24, otel +192, baton/otel 13%"), derived);
  }

  /** Launch 0 is the full run (start-up and throughput); the others only timed start-up. */
  private void addRound(int round, double[] noneStartups, double[] batonStartups) {
    for (int launch = 0; launch < noneStartups.length; launch++) {
      RunResult none = new RunResult(Variant.NONE, round, launch).put(Metric.STARTUP, noneStartups[launch]);
      RunResult baton = new RunResult(Variant.BATON, round, launch).put(Metric.STARTUP, batonStartups[launch]);
      if (launch == 0) {
        none.put(Metric.THROUGHPUT, 100 + 10 * round);
        baton.put(Metric.THROUGHPUT, 0.9 * (100 + 10 * round));
      }
      report.add(none);
      report.add(baton);
    }
  }
}
