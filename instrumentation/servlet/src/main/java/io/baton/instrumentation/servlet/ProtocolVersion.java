package io.baton.instrumentation.servlet;

/** {@code HTTP/1.1} → {@code 1.1}, {@code HTTP/2.0} → {@code 2}: the values semconv lists. */
final class ProtocolVersion {

  private ProtocolVersion() {}

  static String of(String protocol) {
    if (protocol == null || !protocol.startsWith("HTTP/")) {
      return null;
    }
    // the usual answers without a substring per request
    if (protocol.equals("HTTP/1.1")) {
      return "1.1";
    }
    if (protocol.equals("HTTP/1.0")) {
      return "1.0";
    }
    String version = protocol.substring(5);
    if (version.equals("2.0")) {
      return "2";
    }
    if (version.equals("3.0")) {
      return "3";
    }
    return version.isEmpty() ? null : version;
  }
}
