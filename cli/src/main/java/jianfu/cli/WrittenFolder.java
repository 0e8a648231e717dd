package jianfu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import jianfu.schemas.FileTrees;

/**
 * A folder a command wrote whole and replaces whole (the demo's generated input, a bench run's
 * folder): deleted only while everything directly in it is what the command writes there.
 */
final class WrittenFolder {

  private WrittenFolder() {}

  /**
   * Deletes {@code folder} with all it holds, or refuses, changing nothing, when it is not a folder
   * or holds an entry {@code written} does not accept, naming those entries and {@code writer}.
   */
  static void delete(Path folder, Predicate<Path> written, String writer) throws IOException {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      throw new StepFailedException(
          folder + " is not a folder " + writer + " wrote: move it, or choose another --output");
    }
    List<String> strays;
    try (Stream<Path> entries = Files.list(folder)) {
      strays =
          entries
              .filter(written.negate())
              .map(entry -> entry.getFileName().toString())
              .sorted()
              .toList();
    }
    if (!strays.isEmpty()) {
      throw new StepFailedException(
          folder
              + " holds files "
              + writer
              + " did not write ("
              + String.join(", ", strays)
              + "): move them, or choose another --output (nothing was changed)");
    }
    FileTrees.delete(folder);
  }
}
