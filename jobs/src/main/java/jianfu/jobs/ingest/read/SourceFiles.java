package jianfu.jobs.ingest.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files of one table in the input folder: {@code T.csv}, {@code T-*.csv}, {@code T.xlsx} and
 * {@code T-*.xlsx}; one table may mix CSV and Excel files.
 */
public final class SourceFiles {

  private static final List<String> EXTENSIONS = List.of(".csv", ".xlsx");
  private static final String EXCEL = ".xlsx";

  private SourceFiles() {}

  /** The table's files sorted by name (plain string order); empty when the table is absent. */
  public static List<Path> find(Path input, String table) throws IOException {
    try (Stream<Path> files = Files.list(input)) {
      return files
          .filter(Files::isRegularFile)
          .filter(file -> belongsTo(file.getFileName().toString(), table))
          .sorted()
          .toList();
    }
  }

  static boolean isExcel(Path file) {
    return file.getFileName().toString().endsWith(EXCEL);
  }

  private static boolean belongsTo(String fileName, String table) {
    return EXTENSIONS.stream()
        .anyMatch(
            extension ->
                fileName.equals(table + extension)
                    || (fileName.startsWith(table + "-") && fileName.endsWith(extension)));
  }
}
