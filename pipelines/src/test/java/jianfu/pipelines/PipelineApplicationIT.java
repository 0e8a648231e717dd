package jianfu.pipelines;

import static jianfu.pipelines.SourceRows.orgUnits;
import static jianfu.pipelines.SourceRows.workItem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line, run in this JVM with the shipped conf/jianfu.yml. */
class PipelineApplicationIT extends SparkSessionTest {

  private Path raw;

  @BeforeAll
  void writeRaw(@TempDir Path raw) {
    this.raw = raw;
    new RawFixture(spark, raw)
        .table("org_units", orgUnits("S1: C1"))
        .table("work_items", workItem("C1", 2023, "I1"));
    // The application starts and stops a session of its own, from the configuration.
    spark.stop();
  }

  @Test
  void writesEveryMartWithTheBaselineYearGiven(@TempDir Path marts) {
    // when
    int exitCode =
        PipelineApplication.run(
            "--raw",
            raw.toString(),
            "--marts",
            marts.toString(),
            "--conf",
            SHIPPED_CONF.toString(),
            "--baseline-year",
            "2020");

    // then
    assertThat(exitCode).isZero();
    assertThat(marts.resolve("burden_summary")).isDirectory();
    assertThat(marts.resolve("community_scorecard")).isDirectory();
  }

  @Test
  void failureExitsNonZeroWithOneLine(@TempDir Path folder) {
    // given
    Path missing = folder.resolve("missing");

    // when
    List<String> err =
        errorLinesOf(
            "--raw",
            missing.toString(),
            "--marts",
            folder.toString(),
            "--conf",
            SHIPPED_CONF.toString(),
            "--master",
            "local[1]");

    // then
    assertThat(err).containsExactly("jianfu pipelines failed: raw folder not found: " + missing);
    assertThat(folder.resolve("burden_summary")).doesNotExist();
  }

  @Test
  void aValidationRuleOutsideTheSubsetStopsTheRunBeforeSparkStarts(@TempDir Path folder)
      throws IOException {
    // given
    Path conf = folder.resolve("jianfu.yml");
    Files.writeString(
        conf,
        """
        validation:
          rules:
            - {code: SNEAKY, name_zh: 注入, name_en: Injection, check: "1 = 1) OR (year IN (1)"}
        """);

    // when
    List<String> err =
        errorLinesOf(
            "--raw", raw.toString(), "--marts", folder.toString(), "--conf", conf.toString());

    // then
    assertThat(err).hasSize(1);
    assertThat(err.get(0)).startsWith("jianfu pipelines failed: validation rule SNEAKY: ");
    assertThat(folder.resolve("burden_summary")).doesNotExist();
  }

  /** Runs the application; its exit code must be 1; returns its error lines naming jianfu. */
  private static List<String> errorLinesOf(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int exitCode;
    try {
      exitCode = PipelineApplication.run(args);
    } finally {
      System.setErr(originalErr);
    }
    assertThat(exitCode).isEqualTo(1);
    return err.toString(StandardCharsets.UTF_8)
        .lines()
        .filter(line -> line.contains("jianfu"))
        .toList();
  }
}
