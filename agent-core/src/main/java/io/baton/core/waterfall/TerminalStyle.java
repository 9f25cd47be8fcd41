package io.baton.core.waterfall;

import java.lang.reflect.Method;
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * How to draw for the terminal at hand: box characters only when stderr encodes UTF-8 (else
 * ASCII, never '?' boxes), ANSI colours only when attached to a terminal, never with
 * {@code NO_COLOR} set or {@code TERM=dumb}. Each can be forced.
 */
final class TerminalStyle {

  final Glyphs glyphs;
  final boolean color;

  TerminalStyle(Glyphs glyphs, boolean color) {
    this.glyphs = glyphs;
    this.color = color;
  }

  /** {@code charset}: auto, unicode, ascii; {@code color}: auto, always, never. */
  static TerminalStyle detect(String charset, String color) {
    Glyphs glyphs;
    if ("unicode".equalsIgnoreCase(charset)) {
      glyphs = Glyphs.UNICODE;
    } else if ("ascii".equalsIgnoreCase(charset)) {
      glyphs = Glyphs.ASCII;
    } else {
      glyphs = stderrTakesUtf8() ? Glyphs.UNICODE : Glyphs.ASCII;
    }
    boolean useColor;
    if ("always".equalsIgnoreCase(color)) {
      useColor = true;
    } else if ("never".equalsIgnoreCase(color)) {
      useColor = false;
    } else {
      useColor = isInteractiveTerminal() && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
    }
    return new TerminalStyle(glyphs, useColor);
  }

  /** System.err's encoding: {@code stderr.encoding} (JDK 19+), {@code sun.stderr.encoding} (a console), else the default. */
  static boolean stderrTakesUtf8() {
    String encoding = System.getProperty("stderr.encoding");
    if (encoding == null) {
      encoding = System.getProperty("sun.stderr.encoding");
    }
    if (encoding == null) {
      encoding = Charset.defaultCharset().name();
    }
    String normalized = encoding.toUpperCase(Locale.ROOT).replace("-", "");
    return normalized.equals("UTF8");
  }

  /** JDK 22+ returns a Console even when redirected; {@code isTerminal()} then tells the truth. */
  private static boolean isInteractiveTerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = java.io.Console.class.getMethod("isTerminal");
      return Boolean.TRUE.equals(isTerminal.invoke(console));
    } catch (ReflectiveOperationException | RuntimeException olderJdk) {
      return true; // before JDK 22 a non-null console means an interactive terminal
    }
  }
}
