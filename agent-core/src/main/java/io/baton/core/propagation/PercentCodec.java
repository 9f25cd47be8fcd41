package io.baton.core.propagation;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding of baggage values (RFC 3986 section 2.1 over UTF-8), as the W3C baggage spec
 * requires: everything outside {@code baggage-octet}, and {@code %} itself, is encoded; decoding
 * replaces byte sequences that are not UTF-8 with U+FFFD.
 */
final class PercentCodec {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private PercentCodec() {}

  static String encode(String value) {
    if (!needsEncoding(value)) {
      return value;
    }
    // Lone surrogates cannot be UTF-8; the JDK encoder turns them into '?', which is fine here.
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder(bytes.length + 16);
    for (byte b : bytes) {
      int octet = b & 0xff;
      if (octet != '%' && BaggageGrammar.isBaggageOctet(octet)) {
        out.append((char) octet);
      } else {
        out.append('%').append(HEX[octet >>> 4]).append(HEX[octet & 0xf]);
      }
    }
    return out.toString();
  }

  /**
   * Decodes {@code [from, to)}, which the caller has checked to be baggage-octets only. A {@code %}
   * not followed by two hex digits is kept as it is: it cannot be an escape, and dropping the value
   * over it would lose data a lenient sender meant literally.
   */
  static String decode(String s, int from, int to) {
    int percent = HeaderValues.indexOf(s, '%', from, to);
    if (percent < 0) {
      return s.substring(from, to);
    }
    byte[] bytes = new byte[to - from];
    int length = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < to) {
        int high = hexDigit(s.charAt(i + 1));
        int low = hexDigit(s.charAt(i + 2));
        if (high >= 0 && low >= 0) {
          bytes[length++] = (byte) ((high << 4) | low);
          i += 2;
          continue;
        }
      }
      bytes[length++] = (byte) c;
    }
    // new String(byte[], UTF_8) substitutes U+FFFD for malformed input, as the spec asks.
    return new String(bytes, 0, length, StandardCharsets.UTF_8);
  }

  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  private static boolean needsEncoding(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '%' || !BaggageGrammar.isBaggageOctet(c)) {
        return true;
      }
    }
    return false;
  }
}
