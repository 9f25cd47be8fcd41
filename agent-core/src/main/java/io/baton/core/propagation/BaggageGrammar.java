package io.baton.core.propagation;

/**
 * Character classes and the property-list rule of the W3C {@code baggage} header:
 *
 * <pre>
 * list-member   = key OWS "=" OWS value *( OWS ";" OWS property )
 * property      = key OWS "=" OWS value / key OWS
 * key           = token                    ; RFC 7230 section 3.2.6
 * value         = *baggage-octet
 * baggage-octet = %x21 / %x23-2B / %x2D-3A / %x3C-5B / %x5D-7E
 * </pre>
 */
final class BaggageGrammar {

  private BaggageGrammar() {}

  /** RFC 7230 tchar. */
  static boolean isTokenChar(char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
      return true;
    }
    switch (c) {
      case '!':
      case '#':
      case '$':
      case '%':
      case '&':
      case '\'':
      case '*':
      case '+':
      case '-':
      case '.':
      case '^':
      case '_':
      case '`':
      case '|':
      case '~':
        return true;
      default:
        return false;
    }
  }

  /** Printable US-ASCII except DQUOTE, comma, semicolon and backslash. */
  static boolean isBaggageOctet(int c) {
    return c >= 0x21 && c <= 0x7e && c != '"' && c != ',' && c != ';' && c != '\\';
  }

  static boolean isToken(String s, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!isTokenChar(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isToken(String s) {
    return s != null && isToken(s, 0, s.length());
  }

  static boolean isValue(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isBaggageOctet(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code [from, to)} is a {@code ;}-separated list of properties, OWS allowed around each
   * part. Also used on inject, to send only metadata a receiver can parse.
   */
  static boolean isPropertyList(String s, int from, int to) {
    int position = from;
    while (position <= to) {
      int semicolon = HeaderValues.indexOf(s, ';', position, to);
      if (semicolon < 0) {
        semicolon = to;
      }
      if (!isProperty(s, position, semicolon)) {
        return false;
      }
      position = semicolon + 1;
    }
    return true;
  }

  private static boolean isProperty(String s, int from, int to) {
    int start = HeaderValues.skipOwsForward(s, from, to);
    int end = HeaderValues.skipOwsBackward(s, start, to);
    int equals = HeaderValues.indexOf(s, '=', start, end);
    if (equals < 0) {
      return isToken(s, start, end);
    }
    int keyEnd = HeaderValues.skipOwsBackward(s, start, equals);
    int valueStart = HeaderValues.skipOwsForward(s, equals + 1, end);
    return isToken(s, start, keyEnd) && isValue(s, valueStart, end);
  }
}
