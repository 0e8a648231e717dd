package jianfu.dashboards.superset;

import static jianfu.dashboards.superset.UnzippedBundle.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Date;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Superset's import format, dashboards/README.md: the ZIP, metadata.yaml and the database. */
@ExtendWith(BuiltBundle.class)
class BundleZipTest {

  @Test
  void everyEntrySitsInOneTopFolderWithSlashNames(UnzippedBundle bundle) {
    // rule 1
    assertThat(bundle.entryNames)
        .isNotEmpty()
        .allSatisfy(
            name -> assertThat(name).startsWith(SupersetBundle.ROOT + "/").doesNotContain("\\"));
  }

  @Test
  void metadataSaysVersionOneWithoutTypeOrUnquotedTimestamp(UnzippedBundle bundle) {
    // rules 2, 8, 9, 10
    Map<String, Object> metadata = bundle.config("metadata.yaml");

    assertThat(PortableFields.violations(metadata, PortableFields.METADATA)).isEmpty();
    assertThat(metadata).containsEntry("version", "1.0.0").doesNotContainKey("type");
  }

  @Test
  void everyConfigIsAVisibleYamlFileInAnAssetFolder(UnzippedBundle bundle) {
    // rules 3, 4: anything else is silently ignored by the importer
    assertThat(bundle.texts.keySet())
        .allSatisfy(
            path -> {
              String name = path.substring(path.lastIndexOf('/') + 1);
              assertThat(name).endsWith(".yaml").doesNotStartWith(".").doesNotStartWith("_");
              assertThat(path).matches("metadata\\.yaml|(databases|datasets|charts|dashboards)/.+");
            });
    assertThat(bundle.configs("databases")).hasSize(1);
    assertThat(bundle.configs("dashboards")).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void staysWithinTheImportersZipSafetyLimits(UnzippedBundle bundle) throws IOException {
    // rule 5
    long uncompressed = 0;
    long compressed = 0;
    try (ZipFile zip = new ZipFile(bundle.zip.toFile())) {
      for (ZipEntry entry : zip.stream().toList()) {
        assertThat(entry.getSize()).isLessThan(100L * 1024 * 1024);
        uncompressed += entry.getSize();
        compressed += entry.getCompressedSize();
      }
    }
    assertThat((double) uncompressed / compressed).isLessThanOrEqualTo(200);
  }

  @Test
  void everyFileLoadsWithYaml11RulesIntoPlainValues(UnzippedBundle bundle) {
    // rules 6, 7: no tabs, no tags, no unquoted timestamps, and every key a string (not yes: or 1:)
    bundle.texts.forEach(
        (path, text) -> {
          assertThat(text).as(path).doesNotContain("\t").doesNotContain("!!");
          Map<String, Object> config = bundle.config(path);
          assertThat(values(config)).as(path).noneMatch(value -> value instanceof Date);
          assertThat(keys(config)).as(path).allMatch(key -> key instanceof String);
        });
  }

  @Test
  void theDatabaseOpensTheGivenDuckDbFileReadOnly(UnzippedBundle bundle) {
    // rules 15, 16, 17
    Map<String, Object> database = bundle.config(SupersetBundle.DATABASE_FILE);

    assertThat(database)
        .containsEntry("sqlalchemy_uri", "duckdb:////srv/test/serving/jianfu.duckdb")
        .containsEntry("allow_csv_upload", false)
        .containsKey("database_name");
    Map<String, Object> extra = map(database.get("extra"));
    assertThat(PortableFields.violations(extra, PortableFields.DATABASE_EXTRA)).isEmpty();
    assertThat(map(map(extra.get("engine_params")).get("connect_args")))
        .containsEntry("read_only", true);
  }

  @Test
  void everyOtherFileIsTheCommittedFileUnchanged(UnzippedBundle bundle) throws IOException {
    try (Stream<Path> files = Files.walk(UnzippedBundle.COMMITTED)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String path = UnzippedBundle.COMMITTED.relativize(file).toString().replace('\\', '/');
        if (!path.equals(SupersetBundle.DATABASE_FILE)) {
          assertThat(bundle.texts.get(path))
              .as(path)
              .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    }
  }

  @Test
  void aRelativeDuckDbPathIsRefused(@TempDir Path folder) {
    // given
    SupersetBundle superset = new SupersetBundle(UnzippedBundle.COMMITTED);

    // when / then: Superset would resolve it against its own working directory
    assertThatThrownBy(
            () -> superset.write(folder.resolve("relative.zip"), Path.of("out/jianfu.duckdb")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("absolute");
    assertThat(folder.resolve("relative.zip")).doesNotExist();
  }

  private static Stream<Object> values(Object value) {
    if (value instanceof Map<?, ?> map) {
      return map.values().stream().flatMap(BundleZipTest::values);
    }
    if (value instanceof Collection<?> items) {
      return items.stream().flatMap(BundleZipTest::values);
    }
    return Stream.of(value);
  }

  private static Stream<Object> keys(Object value) {
    if (value instanceof Map<?, ?> map) {
      return Stream.concat(
          map.keySet().stream(), map.values().stream().flatMap(BundleZipTest::keys));
    }
    if (value instanceof Collection<?> items) {
      return items.stream().flatMap(BundleZipTest::keys);
    }
    return Stream.empty();
  }
}
