package jianfu.dashboards.superset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Part of the hostile-input suite: a {@code --duckdb-path} that tries to break out of its YAML
 * value (quotes, a line break starting a new key, {@code : }, {@code #}) reaches the database's URI
 * exactly and changes nothing else; one that SQLAlchemy would split is refused.
 */
class HostileDuckDbPathBundleTest {

  @Test
  void aPathWithQuotesLineBreaksColonsAndHashesIsTheUriAndNothingElse(@TempDir Path folder)
      throws Exception {
    // given
    Path hostile =
        Path.of("/srv/it's \"x\"/a: b #c\nallow_csv_upload: true\n- [1] {y}: 'z'/jianfu.duckdb");

    // when
    UnzippedBundle bundle = UnzippedBundle.write(folder, hostile);

    // then
    Map<String, Object> database = bundle.config(SupersetBundle.DATABASE_FILE);
    Map<String, Object> committed =
        BundleYaml.read(
            Files.readString(
                UnzippedBundle.COMMITTED.resolve(SupersetBundle.DATABASE_FILE),
                StandardCharsets.UTF_8));
    assertThat(database.get("sqlalchemy_uri")).isEqualTo("duckdb:///" + hostile);
    assertThat(database.keySet()).isEqualTo(committed.keySet());
    assertThat(database).containsEntry("allow_csv_upload", false);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/srv/jianfu.duckdb?access_mode=read_write", "/srv/100%41/jianfu.duckdb"})
  void aPathSqlAlchemyWouldReadAsOptionsOrEscapesIsRefused(String path, @TempDir Path folder) {
    // given
    SupersetBundle superset = new SupersetBundle(UnzippedBundle.COMMITTED);
    Path zip = folder.resolve("bundle.zip");

    // when / then
    assertThatThrownBy(() -> superset.write(zip, Path.of(path)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must not contain '?' or '%'")
        .hasMessageContaining(path);
    assertThat(zip).doesNotExist();
  }
}
