package io.baton.core.propagation;

/**
 * The {@code tracestate} list-member grammar:
 *
 * <pre>
 * key              = simple-key / multi-tenant-key
 * simple-key       = lcalpha 0*255( lcalpha / DIGIT / "_" / "-" / "*" / "/" )
 * multi-tenant-key = tenant-id "@" system-id
 * tenant-id        = ( lcalpha / DIGIT ) 0*240( lcalpha / DIGIT / "_" / "-" / "*" / "/" )
 * system-id        = lcalpha 0*13( lcalpha / DIGIT / "_" / "-" / "*" / "/" )
 * value            = 0*255( %x20 / nblk-chr ) nblk-chr
 * nblk-chr         = %x21-2B / %x2D-3C / %x3E-7E
 * </pre>
 *
 * Checked over index ranges so members are validated before any substring is made.
 */
final class TraceStateGrammar {

  static final int MAX_MEMBERS = 32;

  private static final int MAX_SIMPLE_KEY = 256;
  private static final int MAX_TENANT_ID = 241;
  private static final int MAX_SYSTEM_ID = 14;
  private static final int MAX_VALUE = 256;

  private TraceStateGrammar() {}

  static boolean isValidKey(String s) {
    return s != null && isValidKey(s, 0, s.length());
  }

  static boolean isValidValue(String s) {
    return s != null && isValidValue(s, 0, s.length());
  }

  static boolean isValidKey(String s, int from, int to) {
    int at = HeaderValues.indexOf(s, '@', from, to);
    if (at < 0) {
      return isKeyPart(s, from, to, MAX_SIMPLE_KEY, false);
    }
    // A second '@' fails the system-id check, because '@' is not a key character.
    return isKeyPart(s, from, at, MAX_TENANT_ID, true)
        && isKeyPart(s, at + 1, to, MAX_SYSTEM_ID, false);
  }

  static boolean isValidValue(String s, int from, int to) {
    int length = to - from;
    if (length < 1 || length > MAX_VALUE || s.charAt(to - 1) == ' ') {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c > 0x7e || c == ',' || c == '=') {
        return false;
      }
    }
    return true;
  }

  private static boolean isKeyPart(
      String s, int from, int to, int maxLength, boolean mayStartWithDigit) {
    int length = to - from;
    if (length < 1 || length > maxLength) {
      return false;
    }
    char first = s.charAt(from);
    if (!isLcAlpha(first) && !(mayStartWithDigit && isDigit(first))) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      char c = s.charAt(i);
      if (!isLcAlpha(c) && !isDigit(c) && c != '_' && c != '-' && c != '*' && c != '/') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLcAlpha(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
