package io.baton.bench.runner;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** The runner's command line. Defaults are the full run; {@code --quick} is a smoke check. */
final class Options {

  int rounds = 3;
  /**
   * Launches per variant and round that only measure start-up, after the round's full runs. A
   * launch costs seconds where a full run costs two minutes, and on a shared machine one start-up
   * figure swings by a third: per-round ratios of the same agent ranged from 1.13x to 2.20x in one
   * run of three rounds. Five launches a round make the start-up rows medians of 18 launches.
   */
  int startupLaunches = 5;
  /**
   * Steady state, which is what a long-running service lives in. Under this load on 2 cores the JIT
   * compilers keep about one core busy for over a minute after start-up (Kafka's and the JDK
   * HttpClient's big methods at C2), in every variant: measured at 20 s, the app had half its
   * steady-state throughput, and the ratios mostly compared JIT backlogs. The report prints the JIT
   * time left in the measured window so a too-short warm-up shows.
   */
  int warmupSeconds = 90;
  /**
   * Past the minimum, the warm-up goes on in steps of 10 s until a step's JIT compile time falls
   * to {@link #settledJitMillisPerSecond}, up to this long. After a fixed 90 s the JIT of the app
   * with Baton once still compiled 152 ms/s in the window against 20 without an agent (run of
   * 2026-12-03 10:22), so that window measured a compile backlog as well as the cost per request.
   * In a run with this rule every variant settled within 90-120 s.
   */
  int maxWarmupSeconds = 240;
  /** Settled: the app without an agent stays at 20-30 ms/s from 90 s on, with Kafka's late compiles. */
  int settledJitMillisPerSecond = 50;
  int measureSeconds = 20;
  int connections = 4;
  String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
  String heap = "512m";
  List<Variant> variants = new ArrayList<>(List.of(Variant.values()));
  boolean quick;

  static final String USAGE = String.join("\n",
      "usage: benchmarks/run.sh [--quick] [--rounds N] [--startups N] [--warmup S] [--max-warmup S]",
      "                         [--settled MS] [--measure S] [--connections N] [--java PATH] [--heap SIZE]",
      "                         [--variants none,baton,otel]",
      "  --quick          1 round, no extra start-up launches, 2 s warm-up, 5 s measured",
      "                   (a smoke check, not figures to quote)",
      "  --startups N     launches per variant and round that only measure start-up",
      "  --warmup S       minimum warm-up; then 10 s steps until one in which the JIT compiled",
      "  --settled MS     at most MS ms per second,",
      "  --max-warmup S   or until S seconds of warm-up",
      "  defaults:        3 rounds, 5 start-up launches, warm-up 90 s to 240 s until the JIT is at",
      "                   50 ms/s or less, 20 s measured, 4 connections, -Xmx512m, this JVM's java");

  static Options parse(String[] args) {
    Options options = new Options();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--quick":
          options.quick = true;
          options.rounds = 1;
          options.startupLaunches = 0;
          options.warmupSeconds = 2;
          options.maxWarmupSeconds = 2;
          options.measureSeconds = 5;
          break;
        case "--rounds":
          options.rounds = Integer.parseInt(args[++i]);
          break;
        case "--startups":
          options.startupLaunches = Integer.parseInt(args[++i]);
          break;
        case "--warmup":
          options.warmupSeconds = Integer.parseInt(args[++i]);
          break;
        case "--max-warmup":
          options.maxWarmupSeconds = Integer.parseInt(args[++i]);
          break;
        case "--settled":
          options.settledJitMillisPerSecond = Integer.parseInt(args[++i]);
          break;
        case "--measure":
          options.measureSeconds = Integer.parseInt(args[++i]);
          break;
        case "--connections":
          options.connections = Integer.parseInt(args[++i]);
          break;
        case "--java":
          options.java = args[++i];
          break;
        case "--heap":
          options.heap = args[++i];
          break;
        case "--variants":
          options.variants = Variant.parseList(args[++i]);
          break;
        case "--help":
          System.out.println(USAGE);
          System.exit(0);
          break;
        default:
          throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
      }
    }
    return options;
  }

  /** Folder for logs and broker data; the runner works from the repository root (run.sh cds there). */
  static Path workDir() {
    return Paths.get("benchmarks", "target", "bench-work");
  }
}
