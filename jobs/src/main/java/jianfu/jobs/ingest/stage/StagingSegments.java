package jianfu.jobs.ingest.stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * A table's staging folder under work/: one Parquet file per committed chunk and kind of row
 * ({@code 000000007-staged.parquet}, {@code 000000007-rejected.parquet}, {@code
 * 000000007-warned.parquet}), numbered in the order the chunks were committed. A chunk replayed
 * after a failure has the number it had before, so its segments replace the earlier attempt's: no
 * row is ever staged twice. A segment appears by a rename, whole or not at all.
 */
public final class StagingSegments {

  private static final String PARQUET = ".parquet";
  private static final String WRITING = ".writing";

  private final Path folder;

  public StagingSegments(Path folder) {
    this.folder = folder;
  }

  public Path folder() {
    return folder;
  }

  /** The segment of chunk {@code number} of the given kind (StagedRows.KINDS). */
  Path segment(long number, String kind) {
    return folder.resolve("%09d-%s%s".formatted(number, kind, PARQUET));
  }

  /** The file a segment is written to before it is renamed into place. */
  static Path writing(Path segment) {
    return segment.resolveSibling(segment.getFileName() + WRITING);
  }

  static void moveIntoPlace(Path written, Path segment) throws IOException {
    Files.move(
        written, segment, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** The segments of one kind, in chunk order. */
  public List<Path> files(String kind) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    String suffix = "-" + kind + PARQUET;
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  /**
   * Deletes the folder, if there is one, with its segments and a segment a killed process was
   * writing. Anything else in it is not ingestion's: the folder stays, and deleting it fails.
   */
  public void delete() throws IOException {
    if (Files.isDirectory(folder)) {
      try (Stream<Path> files = Files.list(folder)) {
        for (Path file : files.filter(StagingSegments::isSegment).toList()) {
          Files.delete(file);
        }
      }
    }
    Files.deleteIfExists(folder);
  }

  private static boolean isSegment(Path file) {
    String name = file.getFileName().toString();
    return Files.isRegularFile(file) && (name.endsWith(PARQUET) || name.endsWith(WRITING));
  }
}
