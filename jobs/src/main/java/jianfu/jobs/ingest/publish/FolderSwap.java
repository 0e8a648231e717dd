package jianfu.jobs.ingest.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import jianfu.jobs.ingest.FileTrees;

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
      FileTrees.delete(aside);
      if (Files.exists(target)) {
        Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(replacement, target, StandardCopyOption.ATOMIC_MOVE);
      FileTrees.delete(aside);
    } else {
      Files.move(
          replacement, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
