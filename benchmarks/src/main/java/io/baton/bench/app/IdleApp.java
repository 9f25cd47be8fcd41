package io.baton.bench.app;

/**
 * Does nothing for a few seconds, long enough for the agent's background start to finish: the
 * CPU this process used is what the agent costs an application before it traces anything.
 */
public final class IdleApp {

  private IdleApp() {}

  public static void main(String[] args) throws InterruptedException {
    Thread.sleep(args.length > 0 ? Long.parseLong(args[0]) : 4000);
  }
}
