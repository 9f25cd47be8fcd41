package io.baton.bench.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpPlanTest {

  private static final double SETTLED = 50;

  @Test
  void anAppSettledByTheMinimumStopsThere() throws Exception {
    ScriptedLoad load = new ScriptedLoad(30);

    assertEquals(90, new WarmUpPlan(90, 240, SETTLED).warmUp(load));
    assertEquals(List.of("80", "watched 10"), load.phases);
  }

  @Test
  void theWarmUpGoesOnInStepsWhileTheJitIsBusy() throws Exception {
    ScriptedLoad load = new ScriptedLoad(400, 150, 80, 50, 10);

    assertEquals(120, new WarmUpPlan(90, 240, SETTLED).warmUp(load));
    assertEquals(List.of("80", "watched 10", "watched 10", "watched 10", "watched 10"), load.phases);
  }

  @Test
  void aJitThatNeverSettlesIsCutOffAtTheCap() throws Exception {
    assertEquals(240, new WarmUpPlan(90, 240, SETTLED).warmUp(new ScriptedLoad(900)));
  }

  @Test
  void theLastStepIsShortenedToLandOnTheCap() throws Exception {
    ScriptedLoad load = new ScriptedLoad(900);

    assertEquals(40, new WarmUpPlan(15, 40, SETTLED).warmUp(load));
    assertEquals(List.of("5", "watched 10", "watched 10", "watched 10", "watched 5"), load.phases);
  }

  @Test
  void aMinimumAboveTheCapIsRunInFull() throws Exception {
    assertEquals(300, new WarmUpPlan(300, 240, SETTLED).warmUp(new ScriptedLoad(900)));
  }

  @Test
  void theQuickRunWarmsUpForItsTwoSecondsOnly() throws Exception {
    assertEquals(2, new WarmUpPlan(2, 2, SETTLED).warmUp(new ScriptedLoad(900)));
    assertEquals(0, new WarmUpPlan(0, 240, SETTLED).warmUp(new ScriptedLoad(900)));
  }

  /** Reports the given JIT rates for the watched steps, in order (the last one repeats). */
  private static final class ScriptedLoad implements WarmUpPlan.Load {
    final List<String> phases = new ArrayList<>();
    private final double[] jitRates;
    private int watched;

    ScriptedLoad(double... jitRates) {
      this.jitRates = jitRates;
    }

    @Override
    public void run(int seconds) {
      phases.add(String.valueOf(seconds));
    }

    @Override
    public double runWatchingJit(int seconds) {
      phases.add("watched " + seconds);
      return jitRates[Math.min(watched++, jitRates.length - 1)];
    }
  }
}
