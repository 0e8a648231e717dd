package jianfu.pipelines.staging;

import static jianfu.pipelines.SourceRows.district;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import jianfu.pipelines.RawFixture;
import jianfu.pipelines.SparkSessionTest;
import jianfu.pipelines.storage.Folder;
import jianfu.schemas.Contract;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Part of the hostile-input suite: a raw folder whose name holds glob characters is read as itself,
 * not as a pattern, beside a folder that the pattern would match.
 */
class HostileFolderNamesTest extends SparkSessionTest {

  private static final String HOSTILE = "it's \"q\" ;x a[1] *{a,b}? 中文 %20";

  /** What the name matches when read as a glob: [1] is 1, * and ? any text, {a,b} is a. */
  private static final String MATCHED_BY_ITS_PATTERN = "it's \"q\" ;x a1 xa! 中文 %20";

  @ParameterizedTest(name = "as a file: URI: {0}")
  @ValueSource(booleans = {false, true})
  void readsTheRawTableOfExactlyTheNamedFolder(boolean asUri, @TempDir Path folder) {
    // given one org unit under the hostile name and two under the name its pattern matches
    Path raw = folder.resolve(HOSTILE).resolve("raw");
    new RawFixture(spark, raw).table("org_units", district("321202"));
    new RawFixture(spark, folder.resolve(MATCHED_BY_ITS_PATTERN).resolve("raw"))
        .table("org_units", district("111111"), district("222222"));
    Folder rawFolder =
        Folder.at((asUri ? "file:" : "") + raw, spark.sparkContext().hadoopConfiguration());

    // when
    StagingTables staging = new StagingTables(spark, Contract.load(), rawFolder);

    // then
    assertThat(
            staging
                .table("org_units")
                .select("org_code")
                .as(org.apache.spark.sql.Encoders.STRING())
                .collectAsList())
        .containsExactly("321202");
  }
}
