package io.baton.core.instrumentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The disk store of woven classes: what a later run reads back, and when it refuses to. */
class WeaveCacheTest {

  private static final byte[] WOVEN = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 55, 1, 2, 3};

  @TempDir Path temp;

  @Test
  void whatOneRunStoresTheNextRunOfTheSameBuildFinds() {
    Path root = temp.resolve("cache");
    WeaveCache.open(root, "build-a", true).store("org.example.Woven-key", WOVEN);

    assertArrayEquals(WOVEN, WeaveCache.open(root, "build-a", true).find("org.example.Woven-key"));
    assertNull(WeaveCache.open(root, "build-b", true).find("org.example.Woven-key"), "another build, another directory");
  }

  @Test
  void theRootIsMadeReadableAndWritableByItsOwnerOnly() throws IOException {
    assumeTrue(Files.getFileStore(temp).supportsFileAttributeView("posix"));
    Path root = temp.resolve("nested").resolve("cache");

    assertTrue(WeaveCache.open(root, "build", true).isOn());

    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(root)));
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("build"))));
  }

  @Test
  void aDamagedOrTruncatedEntryIsAMiss() throws IOException {
    Path root = temp.resolve("cache");
    WeaveCache cache = WeaveCache.open(root, "build", true);
    cache.store("damaged", WOVEN);
    cache.store("truncated", WOVEN);
    Path damaged = root.resolve("build").resolve("damaged");
    byte[] bytes = Files.readAllBytes(damaged);
    bytes[bytes.length - 1] ^= 1;
    Files.write(damaged, bytes);
    Path truncated = root.resolve("build").resolve("truncated");
    Files.write(truncated, java.util.Arrays.copyOf(Files.readAllBytes(truncated), 9));

    assertNull(cache.find("damaged"));
    assertNull(cache.find("truncated"));
    assertNull(cache.find("never-stored"));
  }

  @Test
  void aRootOthersMayWriteIntoIsNotUsed() throws IOException {
    assumeTrue(Files.getFileStore(temp).supportsFileAttributeView("posix"));
    Path root = Files.createDirectory(temp.resolve("shared"));
    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxrwxrwx"));

    WeaveCache cache = WeaveCache.open(root, "build", false);

    assertFalse(cache.isOn());
    cache.store("key", WOVEN);
    assertFalse(Files.exists(root.resolve("build")), "nothing written into it");
  }

  @Test
  void aRootThatIsALinkIsNotUsed() throws IOException {
    Path target = Files.createDirectory(temp.resolve("elsewhere"));
    Path root = Files.createSymbolicLink(temp.resolve("cache"), target);

    assertFalse(WeaveCache.open(root, "build", false).isOn());
  }

  @Test
  void aRootOwnedBySomeoneElseIsNotUsed() throws IOException {
    Path root = Files.createDirectory(temp.resolve("theirs"));
    UserPrincipal nobody;
    try {
      nobody = root.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
      Files.setOwner(root, nobody);
    } catch (IOException | UnsupportedOperationException notAllowed) {
      assumeTrue(false, "changing a directory's owner needs root: " + notAllowed);
      return;
    }

    assertFalse(WeaveCache.open(root, "build", false).isOn());
  }

  @Test
  void onlyTheBuildsUsedLastAreKept() throws IOException {
    Path root = temp.resolve("cache");
    for (int build = 0; build < WeaveCache.KEPT_BUILDS; build++) {
      WeaveCache.open(root, "build-" + build, true).store("key", WOVEN);
      Files.setLastModifiedTime(root.resolve("build-" + build), FileTime.fromMillis(1_000_000L * (build + 1)));
    }
    WeaveCache.open(root, "build-0", true); // the oldest, used again: now the most recent

    WeaveCache.open(root, "build-new", true);

    assertEquals(List.of("build-0", "build-2", "build-3", "build-new"), directories(root));
    assertArrayEquals(WOVEN, WeaveCache.open(root, "build-0", true).find("key"));
  }

  @Test
  void storingStopsWhenTheBuildHoldsTheMostEntriesAllowed() throws IOException {
    Path build = Files.createDirectories(temp.resolve("cache").resolve("build"));
    Files.setPosixFilePermissions(build.getParent(), PosixFilePermissions.fromString("rwx------"));
    for (int i = 0; i < WeaveCache.MAX_ENTRIES; i++) {
      Files.write(build.resolve("filler-" + i), new byte[0]);
    }

    WeaveCache cache = WeaveCache.open(temp.resolve("cache"), "build", true);
    cache.store("one-too-many", WOVEN);

    assertNull(cache.find("one-too-many"));
  }

  private static List<String> directories(Path root) throws IOException {
    try (Stream<Path> children = Files.list(root)) {
      return children.map(path -> path.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }
}
