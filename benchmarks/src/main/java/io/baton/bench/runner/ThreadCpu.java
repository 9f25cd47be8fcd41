package io.baton.bench.runner;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where a JVM's CPU went so far, by the kind of native thread that used it, from
 * {@code /proc/<pid>/task/<tid>/stat}: the JIT compilers and the GC do not run application or
 * agent code, and on 2 cores what they take the start-up waits for. Only threads still alive are
 * listed, which is why only these two groups are read here (the rest of the process total is
 * everything else): HotSpot keeps its GC workers and its first compiler thread of each kind for
 * the JVM's life, and on 2 cores it runs one C1 and one C2 thread, so their figures are whole.
 */
final class ThreadCpu {

  final long jitMillis;
  final long gcMillis;

  private ThreadCpu(long jitMillis, long gcMillis) {
    this.jitMillis = jitMillis;
    this.gcMillis = gcMillis;
  }

  /** Zeros where {@code /proc} is missing (not Linux): the rows then read 0 for every variant. */
  static ThreadCpu of(long pid) {
    long jit = 0;
    long gc = 0;
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Paths.get("/proc", Long.toString(pid), "task"))) {
      for (Path task : tasks) {
        String stat;
        try {
          stat = Files.readString(task.resolve("stat"));
        } catch (IOException exited) {
          continue;
        }
        // the thread's name is field 2, in parentheses; HotSpot names its compiler and GC threads
        String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
          jit += cpuMillis(stat);
        } else if (name.startsWith("GC Thread") || name.startsWith("G1 ")) {
          gc += cpuMillis(stat);
        }
      }
    } catch (IOException noProc) {
      return new ThreadCpu(0, 0);
    }
    return new ThreadCpu(jit, gc);
  }

  /** User plus system time (fields 14 and 15, clock ticks of 10 ms on Linux) of a process or thread. */
  static long cpuMillis(String stat) {
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
  }
}
