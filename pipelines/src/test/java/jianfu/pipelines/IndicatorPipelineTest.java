package jianfu.pipelines;

import static jianfu.pipelines.SourceRows.department;
import static jianfu.pipelines.SourceRows.orgUnits;
import static jianfu.pipelines.SourceRows.workItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jianfu.schemas.Contract;
import jianfu.schemas.OutputTable;
import jianfu.schemas.settings.IndicatorSettings;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing the marts. The raw folder holds only org_units (D1 → S1 → C1), departments (P1) and one
 * work item of C1 in 2023: every other table is missing and must read as empty. The marts are
 * written once, over a folder holding a stale file from an earlier run.
 */
class IndicatorPipelineTest extends SparkSessionTest {

  private final Contract contract = Contract.load();
  private final List<String> martNames = contract.marts().stream().map(OutputTable::table).toList();
  private IndicatorPipeline pipeline;
  private Path stale;
  private Path marts;

  @BeforeAll
  void writeMarts(@TempDir Path raw, @TempDir Path marts) throws IOException {
    // given
    writeOrgs(new RawFixture(spark, raw)).table("work_items", workItem("C1", 2023, "I1"));
    stale = marts.resolve("burden_summary").resolve("part-stale.parquet");
    Files.createDirectories(stale.getParent());
    Files.writeString(stale, "from an earlier run");
    pipeline = new IndicatorPipeline(spark, IndicatorSettings.defaults(), PUBLICATION);
    this.marts = marts;

    // when
    pipeline.writeMarts(raw.toString(), marts.toString());
  }

  @Test
  void martsComeInTheContractsOrder(@TempDir Path raw) {
    // when
    List<String> names = List.copyOf(pipeline.marts(raw.toString()).keySet());

    // then
    assertThat(names).isEqualTo(martNames);
  }

  @Test
  void everyWrittenMartHasTheContractsColumnsInOrderWithTheDeclaredTypes() {
    // then
    for (OutputTable mart : contract.marts()) {
      StructType written = spark.read().parquet(marts.resolve(mart.table()).toString()).schema();
      assertThat(Stream.of(written.fields()).map(field -> field.name() + " " + field.dataType()))
          .as(mart.table())
          .containsExactlyElementsOf(
              mart.columns().stream()
                  .map(column -> column.name() + " " + DataType.fromDDL(column.type()))
                  .toList());
    }
  }

  @Test
  void missingSourceTablesReadAsEmpty() {
    // then one reporting year (2023): C1; D1 and S1; D1, S1 and C1 × 4 datasets and ALL; no
    // violation (C1 reported only its work item); P1 and ALL; P1; no agreement; P1; C1; no social
    // organisation; and public_statistics: D1 and S1 × 13 burden indicators, plus the district's 2
    // application figures of 2023
    assertThat(martNames.stream().map(this::rows))
        .containsExactly(1L, 2L, 15L, 0L, 2L, 1L, 0L, 1L, 1L, 0L, 28L);
  }

  @Test
  void writingReplacesEachMartWholeAndLeavesNoTemporaryFolders() throws IOException {
    // then
    assertThat(stale).doesNotExist();
    assertThat(folderNames(marts)).containsExactlyInAnyOrderElementsOf(martNames);
  }

  @Test
  void failedMartLeavesThePreviousOneInPlace(@TempDir Path brokenRaw, @TempDir Path previous)
      throws IOException {
    // given a previous burden_by_community, and raw work items whose year is text, not INT32
    Path previousFile = previous.resolve("burden_by_community").resolve("part-previous.parquet");
    Files.createDirectories(previousFile.getParent());
    Files.writeString(previousFile, "from the previous run");
    writeOrgs(new RawFixture(spark, brokenRaw));
    StructType textYear =
        new StructType(
            new StructField[] {DataTypes.createStructField("year", DataTypes.StringType, true)});
    spark
        .createDataFrame(List.of(RowFactory.create("2023")), textYear)
        .write()
        .parquet(brokenRaw.resolve("work_items").toString());

    // when / then burden_by_community, the first mart, cannot be computed
    assertThatThrownBy(() -> pipeline.writeMarts(brokenRaw.toString(), previous.toString()))
        .hasStackTraceContaining("PARQUET_COLUMN_DATA_TYPE_MISMATCH");
    assertThat(previousFile).hasContent("from the previous run");
    assertThat(folderNames(previous)).containsExactly("burden_by_community");
  }

  private static RawFixture writeOrgs(RawFixture raw) {
    return raw.table("org_units", orgUnits("S1: C1")).table("departments", department("P1"));
  }

  private long rows(String mart) {
    return spark.read().parquet(marts.resolve(mart).toString()).count();
  }

  private static List<String> folderNames(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(entry -> entry.getFileName().toString()).toList();
    }
  }
}
