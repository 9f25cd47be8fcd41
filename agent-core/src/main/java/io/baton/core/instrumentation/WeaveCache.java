package io.baton.core.instrumentation;

import io.baton.core.log.AgentLog;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;

/**
 * Woven class files kept on disk between runs of the same agent build with the same instrumentation
 * settings. Measured on the benchmark app, weaving with Byte Buddy was the largest piece of the
 * agent's start-up work on the application's own threads, for the same 25 classes at every start;
 * a file read replaces it.
 *
 * <p>What is read here is defined as the application's code, so the directory must be the user's
 * own: the root is created owner-only, and one found owned by someone else, or writable by others,
 * turns the cache off. Entries are written to a temporary name and renamed, and carry a checksum;
 * one that does not check out is a miss. The disk use is bounded: {@link #MAX_ENTRIES} entries per
 * build, and the {@link #KEPT_BUILDS} builds used last.
 */
final class WeaveCache {

  static final int MAX_ENTRIES = 4_096;
  static final int KEPT_BUILDS = 4;
  private static final int MAGIC = 0x42574331; // "BWC1"
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

  private static final WeaveCache OFF = new WeaveCache(null, 0);

  private final Path entries;
  private final AtomicInteger room;

  private WeaveCache(Path entries, int room) {
    this.entries = entries;
    this.room = new AtomicInteger(room);
  }

  static WeaveCache off() {
    return OFF;
  }

  /**
   * The cache of one build and settings ({@code fingerprint}) under {@code root}, or {@link #off()}
   * if the directory cannot be made or trusted. {@code explicit}: the user chose the root, so a
   * problem is worth a warning; the default location failing (a read-only container) is not.
   */
  static WeaveCache open(Path root, String fingerprint, boolean explicit) {
    try {
      createOwnerOnly(root);
      String distrust = distrust(root);
      if (distrust != null) {
        report(explicit, "weave cache " + root + " not used: " + distrust);
        return OFF;
      }
      Path build = root.resolve(fingerprint);
      if (createOwnerOnly(build)) {
        pruneOldBuilds(root);
      } else {
        Files.setLastModifiedTime(build, FileTime.fromMillis(System.currentTimeMillis()));
      }
      return new WeaveCache(build, MAX_ENTRIES - count(build));
    } catch (IOException | RuntimeException problem) {
      report(explicit, "weave cache " + root + " not used: " + problem);
      return OFF;
    }
  }

  boolean isOn() {
    return entries != null;
  }

  /** The woven bytes stored under {@code key}; null if there are none, or they do not check out. */
  byte[] find(String key) {
    if (entries == null) {
      return null;
    }
    try {
      return payload(Files.readAllBytes(entries.resolve(key)));
    } catch (IOException | RuntimeException missing) {
      return null;
    }
  }

  void store(String key, byte[] woven) {
    if (entries == null || room.getAndDecrement() <= 0) {
      return;
    }
    Path temporary = null;
    try {
      temporary = Files.createTempFile(entries, "entry", ".tmp");
      Files.write(temporary, framed(woven));
      Files.move(temporary, entries.resolve(key), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException problem) {
      room.set(0); // a full disk or a lost directory: stop writing for this run
      AgentLog.debug("weave cache: could not store " + key + ": " + problem);
      deleteQuietly(temporary);
    }
  }

  static byte[] framed(byte[] woven) {
    return ByteBuffer.allocate(8 + woven.length).putInt(MAGIC).putInt(checksum(woven, 0, woven.length)).put(woven).array();
  }

  static byte[] payload(byte[] entry) {
    if (entry.length < 8) {
      return null;
    }
    ByteBuffer buffer = ByteBuffer.wrap(entry);
    if (buffer.getInt() != MAGIC || buffer.getInt() != checksum(entry, 8, entry.length - 8)) {
      return null;
    }
    byte[] woven = new byte[entry.length - 8];
    System.arraycopy(entry, 8, woven, 0, woven.length);
    return woven;
  }

  private static int checksum(byte[] bytes, int offset, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, offset, length);
    return (int) crc.getValue();
  }

  /** True if this call made the directory. */
  private static boolean createOwnerOnly(Path directory) throws IOException {
    if (Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try {
      Path parent = directory.toAbsolutePath().getParent();
      if (supportsPosix(parent)) {
        Files.createDirectories(parent);
        Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } else {
        Files.createDirectories(directory);
      }
      return true;
    } catch (FileAlreadyExistsException raced) {
      return false; // another JVM made it meanwhile; distrust() still checks it
    }
  }

  private static boolean supportsPosix(Path directory) throws IOException {
    Path existing = directory.toAbsolutePath();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    return existing != null && Files.getFileStore(existing).supportsFileAttributeView("posix");
  }

  /**
   * Why the root cannot be trusted, or null. Its owner must be whoever owns a file this process
   * creates there, and no one else may write into it.
   */
  private static String distrust(Path root) throws IOException {
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      return "not a directory";
    }
    Path probe = Files.createTempFile(root, "owner", ".tmp");
    try {
      if (!Files.getOwner(root, LinkOption.NOFOLLOW_LINKS).equals(Files.getOwner(probe))) {
        return "owned by " + Files.getOwner(root, LinkOption.NOFOLLOW_LINKS).getName();
      }
    } finally {
      Files.deleteIfExists(probe);
    }
    if (Files.getFileStore(root).supportsFileAttributeView("posix")) {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(root, LinkOption.NOFOLLOW_LINKS);
      if (permissions.contains(PosixFilePermission.GROUP_WRITE) || permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
        return "others may write into it (" + PosixFilePermissions.toString(permissions) + ")";
      }
    }
    return null;
  }

  private static int count(Path build) throws IOException {
    int count = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(build)) {
      for (Path ignored : files) {
        count++;
      }
    }
    return count;
  }

  /** Keeps the builds used last: each new agent jar or change of settings starts a directory. */
  private static void pruneOldBuilds(Path root) throws IOException {
    List<Path> builds = new ArrayList<>();
    try (DirectoryStream<Path> children = Files.newDirectoryStream(root, Files::isDirectory)) {
      children.forEach(builds::add);
    }
    if (builds.size() <= KEPT_BUILDS) {
      return;
    }
    builds.sort(Comparator.comparing(WeaveCache::lastModified).reversed());
    for (Path old : builds.subList(KEPT_BUILDS, builds.size())) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(old)) {
        for (Path file : files) {
          deleteQuietly(file);
        }
      }
      deleteQuietly(old);
    }
  }

  private static FileTime lastModified(Path path) {
    try {
      return Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException gone) {
      return FileTime.fromMillis(0);
    }
  }

  private static void deleteQuietly(Path path) {
    if (path == null) {
      return;
    }
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // left for the next prune
    }
  }

  private static void report(boolean explicit, String message) {
    if (explicit) {
      AgentLog.warn(message);
    } else {
      AgentLog.debug(message);
    }
  }
}
