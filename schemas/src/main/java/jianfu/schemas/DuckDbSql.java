package jianfu.schemas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Values and paths written into DuckDB SQL, for every module that reads or writes DuckDB. A path is
 * data, never syntax: DuckDB's file functions (read_parquet, read_csv) expand {@code *}, {@code ?}
 * and {@code [} in every path they are given, in a list too, so a file is named by a literal whose
 * wildcards match only themselves; and its JDBC URL ends a database path at {@code ;} (the rest are
 * settings, one of which runs SQL from a file), so a database file is attached by a literal from an
 * in-memory connection instead.
 */
public final class DuckDbSql {

  /** Each wildcard as a bracket class matching only itself ({@code \} escapes nothing here). */
  private static final Map<Character, String> WILDCARDS =
      Map.of('*', "[*]", '?', "[?]", '[', "[[]");

  /** What DuckDB cannot carry in a database file's path, whichever way the path is given. */
  private static final Map<Character, String> NOT_IN_DATABASE_PATHS =
      Map.of(
          '?',
          "DuckDB reads a database path from '?' on as parameters, so it would keep the file's"
              + " write-ahead log in another folder",
          '\\',
          "DuckDB reads '\\' in a database path as a folder separator");

  private static final String PARQUET = ".parquet";

  private DuckDbSql() {}

  /** A string literal: 'text' with quotes doubled. */
  public static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  /**
   * A quoted identifier: "name" with quotes doubled, so a column name is never read as a keyword.
   */
  public static String identifier(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /** Quoted identifiers separated by ", ". */
  public static String identifiers(List<String> names) {
    return names.stream().map(DuckDbSql::identifier).collect(Collectors.joining(", "));
  }

  /** A list literal naming exactly these files, for read_parquet and read_csv. */
  public static String fileList(List<Path> files) {
    return files.stream()
        .map(file -> literal(matchingOnlyItself(file.toString())))
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /**
   * The Parquet files directly in {@code folder}, by name; none when it does not exist. Names
   * starting with a dot or an underscore are left out, as Spark leaves them out (its checksums,
   * {@code _SUCCESS}, and the hidden folders a swap writes beside).
   */
  public static List<Path> parquetFilesIn(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(Files::isRegularFile)
          .filter(
              file -> {
                String name = file.getFileName().toString();
                return name.endsWith(PARQUET) && !name.startsWith(".") && !name.startsWith("_");
              })
          .sorted()
          .toList();
    }
  }

  /**
   * {@code ATTACH '<file>' AS <alias> (<options>)}: a database file opened from an in-memory
   * connection, its path a literal.
   *
   * @throws IllegalArgumentException when the path holds a character DuckDB cannot carry
   */
  public static String attach(Path file, String alias, String options) {
    checkDatabasePath(file);
    return "ATTACH " + literal(file.toString()) + " AS " + alias + " (" + options + ")";
  }

  /**
   * Refuses a folder or file path holding a character that DuckDB cannot carry in a database path,
   * naming the character and why.
   */
  public static void checkDatabasePath(Path path) {
    String text = path.toString();
    NOT_IN_DATABASE_PATHS.forEach(
        (character, why) -> {
          if (text.indexOf(character) >= 0) {
            throw new IllegalArgumentException(
                "'%s' in %s cannot be used: %s; choose a folder without it"
                    .formatted(character, path, why));
          }
        });
  }

  private static String matchingOnlyItself(String path) {
    StringBuilder pattern = new StringBuilder(path.length());
    path.chars()
        .forEach(c -> pattern.append(WILDCARDS.getOrDefault((char) c, String.valueOf((char) c))));
    return pattern.toString();
  }
}
