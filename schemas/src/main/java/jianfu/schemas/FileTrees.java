package jianfu.schemas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Deleting what jianfu wrote, and putting new outputs in place with renames so that a reader finds
 * the old outputs or the new ones, never a half-written mix. One helper for every module that
 * writes on a local file system (a Hadoop file system has its own, pipelines' storage.Folder).
 */
public final class FileTrees {

  private FileTrees() {}

  /**
   * Deletes a file or a folder with everything in it, if it exists. A symbolic link is deleted,
   * never followed: what it points to is not jianfu's to delete.
   */
  public static void delete(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> tree = Files.walk(path)) {
      List<Path> deepestFirst = tree.sorted(Comparator.reverseOrder()).toList();
      for (Path each : deepestFirst) {
        Files.delete(each);
      }
    }
  }

  /**
   * Replaces {@code target} by {@code replacement}. A file is renamed over the old one; a folder
   * cannot be, so the old one is first renamed to {@code aside} and deleted afterwards. When the
   * new folder cannot be moved in, the old one is put back: readers keep the old version rather
   * than none.
   */
  public static void replace(Path target, Path replacement, Path aside) throws IOException {
    Files.createDirectories(target.getParent());
    if (!Files.isDirectory(replacement)) {
      Files.move(
          replacement, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    delete(aside);
    boolean replacing = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    if (replacing) {
      Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
    }
    try {
      Files.move(replacement, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      if (replacing) {
        Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
      }
      throw e;
    }
    delete(aside);
  }
}
