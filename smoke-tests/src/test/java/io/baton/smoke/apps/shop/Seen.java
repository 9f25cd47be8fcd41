package io.baton.smoke.apps.shop;

/** The trace headers a service received, printed for the tests (and the curious). */
final class Seen {

  private Seen() {}

  static void print(String service, String traceparent, String baggage) {
    System.out.println("SEEN " + service + " traceparent=" + (traceparent == null ? "-" : traceparent)
        + " baggage=" + (baggage == null ? "-" : baggage));
  }
}
