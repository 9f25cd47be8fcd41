package io.baton.smoke.apps.sleeper;

import java.nio.file.Path;

/**
 * Prints {@code READY} and never exits, like a server. With {@code fork} it first starts a
 * second JVM, as some apps do, so the harness can prove it kills the whole process tree.
 */
public final class SleeperApp {

  private SleeperApp() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("fork")) {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SleeperApp.class.getName())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      System.out.println("CHILD " + child.pid());
    }
    System.out.println("ENV " + System.getenv("BATON_SMOKE_ENV"));
    System.out.println("READY");
    Thread.sleep(Long.MAX_VALUE);
  }
}
