package io.baton.core.propagation;

import io.opentelemetry.api.trace.SpanContext;
import java.nio.charset.StandardCharsets;

/**
 * The {@code traceparent} header format (W3C Trace Context levels 1 and 2): {@code version "-"
 * trace-id "-" parent-id "-" trace-flags}, lowercase hex only.
 */
final class TraceParent {

  static final String VERSION_00 = "00";

  /** Length of a version 00 value; later versions are at least this long. */
  static final int LENGTH = 55;

  /**
   * The flags this implementation understands: sampled (level 1) and random-trace-id (level 2). The
   * rest are reserved, and the spec requires senders to leave them zero, so they are dropped on
   * extract and never emitted.
   */
  static final int KNOWN_FLAGS = 0x03;

  private static final int TRACE_ID_OFFSET = 3;
  private static final int TRACE_ID_LENGTH = 32;
  private static final int SPAN_ID_OFFSET = 36;
  private static final int SPAN_ID_LENGTH = 16;
  private static final int FLAGS_OFFSET = 53;

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  final String traceId;
  final String spanId;
  final byte flags;

  private TraceParent(String traceId, String spanId, byte flags) {
    this.traceId = traceId;
    this.spanId = spanId;
    this.flags = flags;
  }

  /**
   * Parses one header value, or returns null when it is not a usable traceparent, in which case the
   * caller starts a new trace. Surrounding OWS is tolerated, as HTTP does for any field value.
   */
  static TraceParent parse(String value) {
    if (value == null) {
      return null;
    }
    int start = HeaderValues.skipOwsForward(value, 0, value.length());
    int end = HeaderValues.skipOwsBackward(value, start, value.length());
    if (end - start < LENGTH) {
      return null;
    }
    int version = hexByte(value, start);
    // "ff" is forbidden; anything that is not two lowercase hex digits and a dash cannot be parsed.
    if (version < 0 || version == 0xff || value.charAt(start + 2) != '-') {
      return null;
    }
    if (version == 0 && end - start != LENGTH) {
      return null;
    }
    if (version > 0) {
      // Later versions may append fields, but only after a dash; and a comma means a proxy joined
      // several traceparent headers into one value, which is as invalid as sending them apart.
      if (end - start > LENGTH && value.charAt(start + LENGTH) != '-') {
        return null;
      }
      if (HeaderValues.indexOf(value, ',', start + LENGTH, end) >= 0) {
        return null;
      }
    }
    int traceIdStart = start + TRACE_ID_OFFSET;
    int spanIdStart = start + SPAN_ID_OFFSET;
    int flagsStart = start + FLAGS_OFFSET;
    if (!isNonZeroLowerHex(value, traceIdStart, TRACE_ID_LENGTH)
        || value.charAt(traceIdStart + TRACE_ID_LENGTH) != '-'
        || !isNonZeroLowerHex(value, spanIdStart, SPAN_ID_LENGTH)
        || value.charAt(spanIdStart + SPAN_ID_LENGTH) != '-') {
      return null;
    }
    int flags = hexByte(value, flagsStart);
    if (flags < 0) {
      return null;
    }
    return new TraceParent(
        value.substring(traceIdStart, traceIdStart + TRACE_ID_LENGTH),
        value.substring(spanIdStart, spanIdStart + SPAN_ID_LENGTH),
        (byte) (flags & KNOWN_FLAGS));
  }

  /**
   * Formats a valid span context as a version 00 value: whatever version we received, we send the
   * highest one we know.
   */
  static String format(SpanContext context) {
    // Latin-1 bytes: the String keeps them as they are (compact strings), where a char[] would be
    // allocated and then compressed into a second array
    byte[] out = new byte[LENGTH];
    out[0] = '0';
    out[1] = '0';
    out[2] = '-';
    copyAscii(context.getTraceId(), out, TRACE_ID_OFFSET);
    out[TRACE_ID_OFFSET + TRACE_ID_LENGTH] = '-';
    copyAscii(context.getSpanId(), out, SPAN_ID_OFFSET);
    out[SPAN_ID_OFFSET + SPAN_ID_LENGTH] = '-';
    int flags = context.getTraceFlags().asByte() & KNOWN_FLAGS;
    out[FLAGS_OFFSET] = (byte) HEX[flags >>> 4];
    out[FLAGS_OFFSET + 1] = (byte) HEX[flags & 0xf];
    return new String(out, StandardCharsets.ISO_8859_1);
  }

  /** Ids of a valid span context are lowercase hex: one byte per char. */
  private static void copyAscii(String hex, byte[] out, int at) {
    for (int i = 0; i < hex.length(); i++) {
      out[at + i] = (byte) hex.charAt(i);
    }
  }

  /** Two lowercase hex digits at {@code at} as 0..255, or -1. */
  private static int hexByte(String s, int at) {
    int high = lowerHexDigit(s.charAt(at));
    int low = lowerHexDigit(s.charAt(at + 1));
    return high < 0 || low < 0 ? -1 : (high << 4) | low;
  }

  private static boolean isNonZeroLowerHex(String s, int from, int length) {
    boolean nonZero = false;
    for (int i = from; i < from + length; i++) {
      char c = s.charAt(i);
      if (lowerHexDigit(c) < 0) {
        return false;
      }
      nonZero |= c != '0';
    }
    return nonZero;
  }

  private static int lowerHexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return -1;
  }
}
