package io.baton.bench.runner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Where and when the figures were taken: they mean little without it. */
final class Machine {

  private Machine() {}

  static String date() {
    return ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'"));
  }

  static String cpus() {
    return Runtime.getRuntime().availableProcessors() + " cores (nproc), " + cpuModel() + ", " + memory();
  }

  static String loadAverage() {
    try {
      String[] fields = Files.readString(Paths.get("/proc/loadavg")).trim().split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** The app JVMs' {@code java -version}, which may differ from the runner's own JDK. */
  static String javaVersion(String java) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(java, "-version").redirectErrorStream(true).start();
    List<String> lines = List.of(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n"));
    process.waitFor();
    return lines.size() > 1 ? lines.get(0).trim() + "; " + lines.get(1).trim() : lines.get(0).trim();
  }

  private static String cpuModel() {
    return firstValue("/proc/cpuinfo", "model name");
  }

  private static String memory() {
    String kib = firstValue("/proc/meminfo", "MemTotal").replaceAll("[^0-9]", "");
    return kib.isEmpty() ? "memory unknown" : String.format("%.0f GiB RAM", Long.parseLong(kib) / (1024.0 * 1024));
  }

  private static String firstValue(String file, String key) {
    try {
      for (String line : Files.readAllLines(Paths.get(file))) {
        if (line.startsWith(key)) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException ignored) {
      // not Linux: leave it out
    }
    return "";
  }
}
