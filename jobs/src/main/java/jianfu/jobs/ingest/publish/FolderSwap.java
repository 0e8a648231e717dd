package jianfu.jobs.ingest.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Puts new outputs in place with renames, so that a reader finds the old outputs or the new ones,
 * never a half-written mix.
 */
final class FolderSwap {

  private FolderSwap() {}

  /**
   * Replaces {@code target} by {@code replacement}. A file is renamed over the old one; a folder
   * cannot be, so the old one is first renamed to {@code aside} and deleted afterwards.
   */
  static void replace(Path target, Path replacement, Path aside) throws IOException {
    Files.createDirectories(target.getParent());
    if (Files.isDirectory(replacement)) {
      delete(aside);
      if (Files.exists(target)) {
        Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(replacement, target, StandardCopyOption.ATOMIC_MOVE);
      delete(aside);
    } else {
      Files.move(
          replacement, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes a file or a folder with everything in it, if it exists. */
  static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> tree = Files.walk(path)) {
      List<Path> deepestFirst = tree.sorted(Comparator.reverseOrder()).toList();
      for (Path each : deepestFirst) {
        Files.delete(each);
      }
    }
  }
}
