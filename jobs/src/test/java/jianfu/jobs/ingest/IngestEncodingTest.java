package jianfu.jobs.ingest;

import static jianfu.jobs.ingest.ParquetQueries.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import jianfu.schemas.Contract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Files in GB18030 as well as UTF-8: detected per file, or configured per table with {@code
 * ingest.encodings.T}; the audit says which charset each file was read in.
 */
@SpringBatchTest
@SpringBootTest(
    classes = IngestJobTestConfiguration.class,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:encodings;DB_CLOSE_DELAY=-1",
      "ingest.encodings.departments=GB18030"
    })
class IngestEncodingTest {

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final String AUDITED = "SELECT source_file, rows_loaded, encoding FROM {}";

  @Autowired JobOperatorTestUtils jobs;
  @TempDir Path input;
  @TempDir Path output;

  @Test
  void detectsEachFilesEncodingAndTheAuditSaysWhichItWas() throws Exception {
    // given: the district in GB18030, a street in UTF-8 with a byte order mark
    String header = "org_name,org_code,level,parent_code,community_type,residents\n";
    Files.write(
        input.resolve("org_units.csv"), (header + "示范区,0100,DISTRICT,,,\n").getBytes(GB18030));
    Files.write(
        input.resolve("org_units-2.csv"),
        ("\uFEFF" + header + "东街道,0110,STREET,0100,,\n").getBytes(StandardCharsets.UTF_8));

    // when
    BatchStatus status = ingest("org_units");

    // then
    assertThat(status).isEqualTo(BatchStatus.COMPLETED);
    assertThat(rows("SELECT org_name FROM {} ORDER BY org_code", layout().raw("org_units")))
        .containsExactly("示范区", "东街道");
    assertThat(rows(AUDITED, layout().audit("org_units")))
        .containsExactly("org_units-2.csv|1|UTF-8", "org_units.csv|1|GB18030");
  }

  @Test
  void readsATableInItsConfiguredCharset() throws Exception {
    // given: 台 in GB18030 (CC A8) is also UTF-8 (U+0328); detection alone would read it as UTF-8
    Files.write(
        input.resolve("departments.csv"),
        "dept_code,dept_name,category\nD01,台办,GOVERNMENT\n".getBytes(GB18030));

    // when
    BatchStatus status = ingest("departments");

    // then
    assertThat(status).isEqualTo(BatchStatus.COMPLETED);
    assertThat(rows("SELECT dept_name FROM {}", layout().raw("departments"))).containsExactly("台办");
    assertThat(rows(AUDITED, layout().audit("departments")))
        .containsExactly("departments.csv|1|GB18030");
  }

  /**
   * Runs the job on one table. (It returns the status: SpringBatchTest would take a method
   * returning a JobExecution for a factory of the job scope's execution.)
   */
  private BatchStatus ingest(String table) throws Exception {
    return jobs.startJob(new IngestTarget(table, input, output).jobParameters(1)).getStatus();
  }

  private OutputLayout layout() {
    return new OutputLayout(output, Contract.load());
  }
}
