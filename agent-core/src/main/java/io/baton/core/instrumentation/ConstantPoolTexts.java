package io.baton.core.instrumentation;

import java.util.Arrays;
import java.util.List;

/**
 * A few ASCII texts (class names, descriptors) looked for in the constant pool of a class file.
 * Names and descriptors sit there as modified UTF-8, which for them is plain ASCII, so no parsing
 * is needed beyond finding where the pool ends.
 *
 * <p>Profiled at the benchmark app's start-up, this search was two thirds of {@link HintFilter}'s
 * time. It used to read the whole file once per text; it then read only the pool (67% of the bytes
 * of the 6,578 classes of Tomcat, H2 and Kafka), once for all texts, testing each byte that starts
 * a text. Those first bytes ({@code i}, {@code j}, {@code L}, {@code (}) are frequent in a pool, and
 * the search was still our code's largest share of the start-up's samples on {@code main}. Each
 * text is now searched on its own with Horspool's skips: a mismatch on the byte under a text's last
 * position moves the text by up to its whole length, so a scan for a 9- to 52-byte text reads only
 * a fraction of the pool.
 */
final class ConstantPoolTexts {

  private final byte[][] texts;
  /** Per text, indexed by a byte's unsigned value: how far the text may move when that byte is under its end. */
  private final int[][] shifts;

  ConstantPoolTexts(List<String> texts) {
    this.texts = new byte[texts.size()][];
    this.shifts = new int[texts.size()][];
    for (int i = 0; i < this.texts.length; i++) {
      this.texts[i] = ascii(texts.get(i));
      this.shifts[i] = shiftsOf(this.texts[i]);
    }
  }

  /**
   * By hand rather than through {@code StandardCharsets}: this runs inside the transformer, where
   * needing a JDK class that is itself being loaded on this thread is a ClassCircularityError (a
   * small application had not loaded {@code StandardCharsets} yet when the agent installed).
   */
  private static byte[] ascii(String text) {
    byte[] bytes = new byte[text.length()];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) text.charAt(i);
    }
    return bytes;
  }

  private static int[] shiftsOf(byte[] text) {
    int[] shift = new int[256];
    Arrays.fill(shift, text.length);
    for (int i = 0; i < text.length - 1; i++) {
      shift[text[i] & 0xFF] = text.length - 1 - i;
    }
    return shift;
  }

  boolean isEmpty() {
    return texts.length == 0;
  }

  /** Whether one of the texts occurs before {@code end}, as {@link #constantPoolEnd} gives it. */
  boolean foundIn(byte[] classFile, int end) {
    int limit = Math.min(end, classFile.length);
    for (int i = 0; i < texts.length; i++) {
      if (occurs(texts[i], shifts[i], classFile, limit)) {
        return true;
      }
    }
    return false;
  }

  private static boolean occurs(byte[] text, int[] shift, byte[] classFile, int end) {
    int last = text.length - 1;
    byte lastByte = text[last];
    for (int at = 0; at + last < end; at += shift[classFile[at + last] & 0xFF]) {
      if (classFile[at + last] == lastByte && startsAt(text, classFile, at, last)) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsAt(byte[] text, byte[] classFile, int at, int length) {
    for (int i = 0; i < length; i++) {
      if (classFile[at + i] != text[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Where the constant pool ends, walked entry by entry by tag (JVMS 4.4). A tag this code does not
   * know, or a pool running past the end, gives the whole file, so that nothing is missed.
   */
  static int constantPoolEnd(byte[] classFile) {
    if (classFile.length < 10) {
      return classFile.length;
    }
    int count = unsignedShort(classFile, 8);
    int offset = 10;
    for (int index = 1; index < count; index++) {
      if (offset + 3 > classFile.length) {
        return classFile.length;
      }
      switch (classFile[offset]) {
        case 1: // Utf8: a length, then the bytes
          offset += 3 + unsignedShort(classFile, offset + 1);
          break;
        case 7: // Class
        case 8: // String
        case 16: // MethodType
        case 19: // Module
        case 20: // Package
          offset += 3;
          break;
        case 15: // MethodHandle
          offset += 4;
          break;
        case 3: // Integer
        case 4: // Float
        case 9: // Fieldref
        case 10: // Methodref
        case 11: // InterfaceMethodref
        case 12: // NameAndType
        case 17: // Dynamic
        case 18: // InvokeDynamic
          offset += 5;
          break;
        case 5: // Long
        case 6: // Double: takes two entries
          offset += 9;
          index++;
          break;
        default:
          return classFile.length;
      }
    }
    return Math.min(offset, classFile.length);
  }

  private static int unsignedShort(byte[] bytes, int offset) {
    return ((bytes[offset] & 0xFF) << 8) | (bytes[offset + 1] & 0xFF);
  }
}
