package jianfu.jobs.ingest.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The files of one table in the input folder: {@code T.csv} and {@code T-*.csv}. */
public final class SourceFiles {

  private static final String EXTENSION = ".csv";

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

  private static boolean belongsTo(String fileName, String table) {
    return fileName.equals(table + EXTENSION)
        || (fileName.startsWith(table + "-") && fileName.endsWith(EXTENSION));
  }
}
