package io.baton.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Class files on the tests' class path, read as the jar writer would see them. */
final class TestClassFiles {

  private TestClassFiles() {}

  /** The bytes of {@code internalName}'s class file, or null when the class path has none. */
  static byte[] read(String internalName) {
    try (InputStream in = TestClassFiles.class.getClassLoader().getResourceAsStream(internalName + ".class")) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
