package jianfu.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A module's class-data sharing archive (AppCDS): the classes its JVM loaded in one run, saved
 * ready to map, so that later JVMs of the module skip reading, parsing and verifying them. An
 * archive holds only for the JDK, the JVM options and the exact classpath it was made with (the JVM
 * itself checks each jar's size and modification time, and quietly runs without an archive that
 * does not match), so its name is a hash of all of them: a rebuild or another JDK gives another
 * name, the old archive is never offered again, and the next run makes a new one.
 */
final class ClassDataArchive {

  private static final String PREFIX = "classes-";
  private static final String SUFFIX = ".jsa";

  private final Path folder;
  private final String name;

  private ClassDataArchive(Path folder, String name) {
    this.folder = folder;
    this.name = name;
  }

  /**
   * The archive of a JVM started with {@code jvmOptions} on {@code classpath}, kept in {@code
   * folder}; none when an entry of the classpath is not a jar file (CDS archives classes from jars
   * only, and a folder's content has no size and time to check).
   */
  static Optional<ClassDataArchive> of(Path folder, List<String> jvmOptions, String classpath) {
    MessageDigest digest = sha256();
    update(digest, System.getProperty("java.home"));
    update(digest, System.getProperty("java.vm.version"));
    update(digest, String.join(" ", jvmOptions));
    update(digest, classpath);
    for (String entry : classpath.split(File.pathSeparator)) {
      Optional<BasicFileAttributes> jar = attributes(Path.of(entry));
      if (jar.isEmpty() || !jar.get().isRegularFile()) {
        return Optional.empty();
      }
      update(digest, jar.get().size() + " " + jar.get().lastModifiedTime().toMillis());
    }
    String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    return Optional.of(new ClassDataArchive(folder, PREFIX + hash + SUFFIX));
  }

  Path file() {
    return folder.resolve(name);
  }

  boolean exists() {
    return Files.isRegularFile(file());
  }

  /**
   * A new file to dump the archive into: a JVM writes its archive as it exits, so two JVMs may
   * write at once, each to a name of its own, and {@link #keep} moves a finished one into place.
   */
  Path temporaryFile() throws IOException {
    Files.createDirectories(folder);
    return folder.resolve(name + "." + UUID.randomUUID() + ".tmp");
  }

  /** Makes the finished {@code dumped} file this archive, in one atomic rename. */
  void keep(Path dumped) throws IOException {
    try {
      Files.move(dumped, file(), StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.deleteIfExists(dumped);
    }
  }

  /**
   * Deletes the archives of earlier builds, JDKs or options in the folder, and what their dumps
   * left half written; the files of this archive (a dump in progress beside this one) stay.
   */
  void deleteStale() throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.toList()) {
        String fileName = file.getFileName().toString();
        boolean ours = fileName.startsWith(PREFIX) && fileName.contains(SUFFIX);
        if (ours && !fileName.startsWith(name)) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  private static void update(MessageDigest digest, String value) {
    digest.update(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
    digest.update((byte) '\n');
  }

  private static Optional<BasicFileAttributes> attributes(Path entry) {
    try {
      return Optional.of(Files.readAttributes(entry, BasicFileAttributes.class));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
