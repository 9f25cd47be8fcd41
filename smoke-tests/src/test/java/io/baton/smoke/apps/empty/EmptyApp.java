package io.baton.smoke.apps.empty;

/** Does nothing, so any other output under the agent is the agent's. */
public final class EmptyApp {

  private EmptyApp() {}

  public static void main(String[] args) {
    System.out.println("READY");
  }
}
