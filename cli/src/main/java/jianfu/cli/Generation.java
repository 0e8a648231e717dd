package jianfu.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * One complete set of a run's outputs, a folder under {@code <output>/generations/} holding raw,
 * quarantine, warnings, audit, marts, serving, public, report and work. When complete it is sealed:
 * it lists every file and folder it holds in its manifest, so that jianfu later deletes exactly
 * what it wrote, and tells anything added since as somebody else's.
 */
final class Generation {

  static final String MANIFEST = ".jianfu-files";

  /** Where a run writes in place (the job repository): never shared with another generation. */
  private static final String WORK = "work";

  private static final String FOLDER_SUFFIX = "/";

  private final Path folder;

  Generation(Path folder) {
    this.folder = folder;
  }

  Path folder() {
    return folder;
  }

  /** Records what the generation holds now as what jianfu wrote. */
  void seal() throws IOException {
    Files.write(folder.resolve(MANIFEST), holds(), StandardCharsets.UTF_8);
  }

  /** The files (and folders, ending in /) it held when sealed, relative to it. */
  List<String> written() throws IOException {
    Path manifest = folder.resolve(MANIFEST);
    if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    List<String> entries = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    for (String entry : entries) {
      Path relative = Path.of(entry);
      if (entry.isEmpty()
          || relative.isAbsolute()
          || !relative.normalize().equals(relative)
          || relative.startsWith("..")) {
        throw new IOException(manifest + " names " + entry + ", which is not inside " + folder);
      }
    }
    return entries;
  }

  /** What it holds that it did not hold when sealed: files somebody else put in it. */
  List<String> strays() throws IOException {
    return strays(new HashSet<>(written()), holds());
  }

  private static List<String> strays(Set<String> written, List<String> held) {
    return held.stream().filter(entry -> !written.contains(entry)).toList();
  }

  /**
   * Adds the files {@code other} wrote whose paths {@code wanted} accepts, as hard links: jianfu
   * never writes an output in place (it writes a new file and renames it), so two generations can
   * share one. Files under work/ are copied, since a resumed run writes its job repository in
   * place; so is any file where the file system has no hard links.
   */
  void carryFrom(Generation other, Predicate<String> wanted) throws IOException {
    for (String entry : other.written()) {
      if (!wanted.test(entry)) {
        continue;
      }
      Path source = other.folder.resolve(entry);
      Path target = folder.resolve(entry);
      if (entry.endsWith(FOLDER_SUFFIX)) {
        Files.createDirectories(target);
      } else if (Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS)) {
        Files.createDirectories(target.getParent());
        link(source, target, entry.startsWith(WORK + FOLDER_SUFFIX));
      }
    }
  }

  /**
   * Deletes what it wrote, deepest first; what somebody else put in it stays, with the folders
   * holding it. Returns those files. Only what it still holds is deleted: a folder of it replaced
   * by a link is somebody else's, and the files the manifest lists under it are not followed.
   */
  List<String> delete() throws IOException {
    List<String> held = holds();
    Set<String> stillHeld = new HashSet<>(held);
    List<String> written = written();
    List<String> strays = strays(new HashSet<>(written), held);
    List<String> deepestFirst =
        written.stream().filter(stillHeld::contains).sorted(Comparator.reverseOrder()).toList();
    for (String entry : deepestFirst) {
      Path path = folder.resolve(entry);
      if (!entry.endsWith(FOLDER_SUFFIX)) {
        Files.deleteIfExists(path);
      } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) && isEmpty(path)) {
        Files.delete(path);
      }
    }
    if (strays.isEmpty()) {
      Files.deleteIfExists(folder.resolve(MANIFEST));
      Files.deleteIfExists(folder);
    }
    return strays;
  }

  /** Every file and folder under it but the manifest, relative, folders ending in /, sorted. */
  private List<String> holds() throws IOException {
    try (Stream<Path> tree = Files.walk(folder)) {
      return tree.filter(path -> !path.equals(folder))
          .filter(path -> !path.equals(folder.resolve(MANIFEST)))
          .map(this::entry)
          .sorted()
          .toList();
    }
  }

  private String entry(Path path) {
    String relative = folder.relativize(path).toString().replace('\\', '/');
    return Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? relative + FOLDER_SUFFIX : relative;
  }

  private static void link(Path source, Path target, boolean copy) throws IOException {
    if (!copy) {
      try {
        Files.createLink(target, source);
        return;
      } catch (UnsupportedOperationException | FileSystemException noHardLinks) {
        // copied below
      }
    }
    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
  }

  private static boolean isEmpty(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.findAny().isEmpty();
    }
  }
}
