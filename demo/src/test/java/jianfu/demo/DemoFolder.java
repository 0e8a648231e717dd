package jianfu.demo;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A demo district generated once per test JVM (under target/), read back as plain CSV: the rows of
 * a table over all of its files, with or without the documented flawed rows, or as ingestion loads
 * them.
 */
final class DemoFolder {

  static final long SEED = 2025;

  private static DemoFolder shared;

  final Path folder;
  final GenerationSummary summary;
  private final Map<String, List<CSVRecord>> read = new HashMap<>();
  private final Map<String, List<Map<String, String>>> withoutFlaws = new HashMap<>();
  private final Map<String, List<Map<String, String>>> loaded = new HashMap<>();

  private DemoFolder(Path folder, GenerationSummary summary) {
    this.folder = folder;
    this.summary = summary;
  }

  static synchronized DemoFolder shared() {
    if (shared == null) {
      shared = generate(SEED, Path.of("target", "test-demo", "seed-" + SEED));
    }
    return shared;
  }

  static DemoFolder generate(long seed, Path folder) {
    return new DemoFolder(folder, new DistrictGenerator(seed).writeTo(folder));
  }

  /** The files of a table: {@code <table>.csv} and {@code <table>-*.csv}, by name. */
  List<Path> files(String table) {
    try (Stream<Path> listing = Files.list(folder)) {
      return listing
          .filter(
              file -> {
                String name = file.getFileName().toString();
                return name.equals(table + ".csv")
                    || (name.startsWith(table + "-") && name.endsWith(".csv"));
              })
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every data row of the table, flawed ones included, as column name → cell. */
  List<Map<String, String>> allRows(String table) {
    return records(table).stream().map(CSVRecord::toMap).toList();
  }

  /** Every data row of the table, flawed ones included, as its cells. */
  List<List<String>> allCells(String table) {
    return records(table).stream().map(CSVRecord::toList).toList();
  }

  /** The rows of the table less the documented flawed rows (one row skipped per flaw). */
  List<Map<String, String>> rows(String table) {
    return withoutFlaws.computeIfAbsent(table, t -> rowsLess(t, flaw -> true));
  }

  /**
   * The rows ingestion loads: less the quarantined flaws and the second copy of the duplicate, but
   * with the rows it loads with a warning.
   */
  List<Map<String, String>> loadedRows(String table) {
    return loaded.computeIfAbsent(table, t -> rowsLess(t, flaw -> !flaw.warned()));
  }

  /** The rows of the table less one row per flaw the filter accepts. */
  private List<Map<String, String>> rowsLess(String table, Predicate<Flaw> skipped) {
    List<List<String>> flawed =
        new ArrayList<>(
            summary.flaws().stream()
                .filter(flaw -> flaw.table().equals(table))
                .filter(skipped)
                .map(Flaw::cells)
                .toList());
    List<Map<String, String>> rows = new ArrayList<>();
    for (CSVRecord record : records(table)) {
      if (!flawed.remove(record.toList())) {
        rows.add(record.toMap());
      }
    }
    return List.copyOf(rows);
  }

  List<String> header(Path file) {
    try (CSVParser parser = parser(file)) {
      return parser.getHeaderNames();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The records of all files of the table, read once. */
  private List<CSVRecord> records(String table) {
    return read.computeIfAbsent(table, this::readRecords);
  }

  private List<CSVRecord> readRecords(String table) {
    List<CSVRecord> records = new ArrayList<>();
    for (Path file : files(table)) {
      try (CSVParser parser = parser(file)) {
        records.addAll(parser.getRecords());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return records;
  }

  private static CSVParser parser(Path file) throws IOException {
    Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
  }
}
