package jianfu.dashboards.superset;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the Superset import ZIP from the committed, unzipped bundle, with the database pointing at
 * the served DuckDB file (read-only). It imports as-is with {@code superset import-dashboards -p}
 * and the dashboard and assets import APIs (Superset's import format, dashboards/README.md).
 */
public final class SupersetBundle {

  /** The committed, unzipped bundle, relative to the project home. */
  public static final Path FOLDER = Path.of("dashboards", "superset");

  /** The only version of the v1 import format; every file and metadata.yaml carry it. */
  static final String IMPORT_VERSION = "1.0.0";

  /** The one database of the bundle: the served DuckDB file. */
  static final String DATABASE_FILE = "databases/jianfu.yaml";

  /**
   * The one folder every entry sits under. Superset drops the first component of each entry name,
   * so a file at the top of the ZIP would lose its own folder and be ignored.
   */
  static final String ROOT = "jianfu_superset";

  private final Path folder;

  /**
   * @param folder the unzipped bundle, {@code <project home>/}{@link #FOLDER}
   */
  public SupersetBundle(Path folder) {
    this.folder = folder;
  }

  /**
   * Writes {@code zip} (replacing it only once complete). {@code duckdbFile} is the served file as
   * the Superset server sees it, so it must be absolute: a relative one would be resolved against
   * Superset's working directory. It must not hold {@code ?} or {@code %}: SQLAlchemy reads what
   * follows a {@code ?} in the URI as connection options (which the DuckDB driver passes to DuckDB
   * as settings), and percent escapes are decoded by some SQLAlchemy versions and not by others.
   * Any other character, quotes and line breaks included, is written as YAML quotes it.
   */
  public Path write(Path zip, Path duckdbFile) throws IOException {
    if (!duckdbFile.isAbsolute()) {
      throw new IllegalArgumentException(
          "the DuckDB path must be absolute (as the Superset server sees it): " + duckdbFile);
    }
    if (duckdbFile.toString().matches("(?s).*[?%].*")) {
      throw new IllegalArgumentException(
          "the DuckDB path must not contain '?' or '%', which Superset's connection URI would"
              + " read as options or escapes; move or link the served file to a path without"
              + " them: "
              + duckdbFile);
    }
    Path target = zip.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path temporary = target.resolveSibling("." + target.getFileName() + ".writing");
    try {
      try (OutputStream out = Files.newOutputStream(temporary);
          ZipOutputStream entries = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
        for (String path : files()) {
          entries.putNextEntry(new ZipEntry(ROOT + "/" + path));
          entries.write(content(path, duckdbFile));
          entries.closeEntry();
        }
      }
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
    return target;
  }

  /** The connection string of a DuckDB file: {@code duckdb:///} and the absolute path. */
  static String sqlalchemyUri(Path duckdbFile) {
    return "duckdb:///" + duckdbFile;
  }

  /** The bundle's YAML files as bundle paths with {@code /}, sorted. */
  private List<String> files() throws IOException {
    if (!Files.isRegularFile(folder.resolve("metadata.yaml"))) {
      throw new IOException(folder + " is not the unzipped Superset bundle (no metadata.yaml)");
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      return paths
          .filter(Files::isRegularFile)
          .map(path -> folder.relativize(path).toString().replace('\\', '/'))
          .filter(path -> path.endsWith(".yaml"))
          .sorted()
          .toList();
    }
  }

  private byte[] content(String path, Path duckdbFile) throws IOException {
    String text = Files.readString(folder.resolve(path), StandardCharsets.UTF_8);
    if (!path.equals(DATABASE_FILE)) {
      return text.getBytes(StandardCharsets.UTF_8);
    }
    Map<String, Object> database = BundleYaml.read(text);
    database.put("sqlalchemy_uri", sqlalchemyUri(duckdbFile));
    return BundleYaml.write(database).getBytes(StandardCharsets.UTF_8);
  }
}
