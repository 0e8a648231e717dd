package jianfu.dashboards.superset;

import static jianfu.dashboards.superset.UnzippedBundle.list;
import static jianfu.dashboards.superset.UnzippedBundle.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jianfu.schemas.Contract;
import jianfu.schemas.OutputColumn;
import jianfu.schemas.OutputTable;
import org.junit.jupiter.api.Test;

class DatasetFilesTest {

  /** Set to rewrite the committed dataset files from the contract instead of comparing. */
  private static final String REGENERATE = "jianfu.superset.regenerate";

  private static final String REGENERATE_COMMAND =
      "./mvnw -q -B -o -pl dashboards -am test -Dtest=DatasetFilesTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -D"
          + REGENERATE
          + "=true";

  @Test
  void theCommittedDatasetFilesAreWhatTheContractGives() throws IOException {
    // given
    DatasetFiles generator = DatasetFiles.of(Contract.load());
    if (Boolean.getBoolean(REGENERATE)) {
      generator.writeTo(UnzippedBundle.COMMITTED);
    }

    // when
    Map<String, String> committed = committedDatasetFiles();

    // then
    assertThat(committed)
        .as(
            "dashboards/superset/%s no longer matches the contract; regenerate it with%n  %s%n"
                + "and commit the result",
            DatasetFiles.FOLDER, REGENERATE_COMMAND)
        .isEqualTo(generator.render());
  }

  @Test
  void aMartBecomesAPhysicalDatasetWithServedTypesAndBilingualNames() {
    // given a mart with a date, a decimal, and a column whose name YAML 1.1 reads as true
    OutputTable mart =
        new OutputTable(
            "visits",
            "走访",
            "Visits per day.",
            List.of("day"),
            List.of(
                new OutputColumn("day", "日期", "date"),
                new OutputColumn("share_pct", "占比(%)", "decimal(10,1)"),
                new OutputColumn("on", "在岗", "boolean")));

    // when
    Map<String, String> files = new DatasetFiles(List.of(mart)).render();

    // then
    assertThat(files).containsOnlyKeys("datasets/jianfu/visits.yaml");
    Map<String, Object> dataset = BundleYaml.read(files.get("datasets/jianfu/visits.yaml"));
    assertThat(dataset)
        .containsEntry("table_name", "visits")
        .containsEntry("schema", "main")
        .containsEntry("sql", null)
        .containsEntry("main_dttm_col", "day")
        .containsEntry("description", "走访 / Visits per day.")
        .containsEntry("offset", 0)
        .containsEntry("version", "1.0.0")
        .containsEntry("uuid", AssetUuids.of("datasets/jianfu/visits.yaml").toString())
        .containsEntry("database_uuid", AssetUuids.of("databases/jianfu.yaml").toString());
    assertThat(list(dataset.get("columns")))
        .map(column -> map(column))
        .extracting(
            c -> c.get("column_name"),
            c -> c.get("type"),
            c -> c.get("is_dttm"),
            c -> c.get("verbose_name"))
        .containsExactly(
            tuple("day", "DATE", true, "日期 / Day"),
            tuple("share_pct", "DECIMAL(10,1)", false, "占比(%) / Share pct"),
            tuple("on", "BOOLEAN", false, "在岗 / On"));
  }

  private static Map<String, String> committedDatasetFiles() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    Path folder = UnzippedBundle.COMMITTED.resolve(DatasetFiles.FOLDER);
    try (Stream<Path> paths = Files.list(folder)) {
      for (Path file : paths.sorted().toList()) {
        files.put(
            DatasetFiles.FOLDER + "/" + file.getFileName(),
            Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
