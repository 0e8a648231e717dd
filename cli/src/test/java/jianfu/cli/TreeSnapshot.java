package jianfu.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every folder, link and file under a folder, each file with its size, modification time and the
 * SHA-256 of its bytes: two equal snapshots mean nothing there was touched.
 */
record TreeSnapshot(Map<String, String> entries) {

  /** The folder as it is on disk, links not followed. */
  static TreeSnapshot of(Path root) throws IOException {
    return new TreeSnapshot(walk(root, root, false));
  }

  /** What readers of an output folder find under its published names, links followed. */
  static TreeSnapshot published(Path output) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    for (String name : Generations.LINKED_NAMES) {
      entries.putAll(walk(output, output.resolve(name), true));
    }
    return new TreeSnapshot(entries);
  }

  private static Map<String, String> walk(Path root, Path start, boolean followLinks)
      throws IOException {
    Map<String, String> entries = new TreeMap<>();
    FileVisitOption[] options =
        followLinks ? new FileVisitOption[] {FileVisitOption.FOLLOW_LINKS} : new FileVisitOption[0];
    try (Stream<Path> tree = Files.walk(start, options)) {
      for (Path path : tree.toList()) {
        entries.put(root.relativize(path).toString(), describe(path, followLinks));
      }
    }
    return entries;
  }

  private static String describe(Path path, boolean followLinks) throws IOException {
    if (!followLinks && Files.isSymbolicLink(path)) {
      return "link to " + Files.readSymbolicLink(path);
    }
    if (Files.isDirectory(path)) {
      return "folder";
    }
    return Files.size(path)
        + " bytes, modified "
        + Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS)
        + ", sha256 "
        + sha256(path);
  }

  private static String sha256(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }
}
