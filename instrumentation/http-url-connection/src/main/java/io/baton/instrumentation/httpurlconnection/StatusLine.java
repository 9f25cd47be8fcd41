package io.baton.instrumentation.httpurlconnection;

/** The protocol version the server answered with, from its status line ({@code HTTP/1.1 200 OK}). */
final class StatusLine {

  private StatusLine() {}

  static String protocolVersion(String statusLine) {
    if (statusLine == null || !statusLine.startsWith("HTTP/")) {
      return null;
    }
    int end = statusLine.indexOf(' ');
    return end > 5 ? statusLine.substring(5, end) : null;
  }
}
