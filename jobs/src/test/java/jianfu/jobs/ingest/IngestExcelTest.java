package jianfu.jobs.ingest;

import static jianfu.jobs.ingest.ParquetQueries.rows;
import static jianfu.jobs.ingest.TestWorkbook.formula;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import jianfu.schemas.Contract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.test.JobOperatorTestUtils;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Tables given as .xlsx files with Chinese headers, alone or beside CSV files: typed values loaded,
 * bad rows quarantined with their cells as a CSV line, and an audit that reconciles every file and
 * names its unknown columns.
 */
@SpringBatchTest
@SpringBootTest(
    classes = IngestJobTestConfiguration.class,
    properties = "spring.datasource.url=jdbc:h2:mem:excel;DB_CLOSE_DELAY=-1")
class IngestExcelTest {

  private static final String AUDITED =
      "SELECT source_file, encoding, unknown_columns, rows_read, rows_loaded, rows_collapsed,"
          + " rows_quarantined FROM {} ORDER BY source_file";
  private static final String UNRECONCILED =
      "SELECT count(*) FROM {}"
          + " WHERE rows_read <> rows_loaded + rows_collapsed + rows_quarantined";
  private static final String QUARANTINED =
      "SELECT source_file, line, reason, column_name, raw_record FROM {} ORDER BY line";

  @Autowired JobOperatorTestUtils jobs;
  @TempDir Path input;
  @TempDir Path output;

  @Test
  void loadsATableSplitOverACsvAndAnXlsxFileWithChineseHeaders() throws Exception {
    // given: the district and a street in CSV; communities in a workbook headed by labels, with a
    // column the contract does not know (备注)
    Files.writeString(
        input.resolve("org_units.csv"),
        "org_code,org_name,level,parent_code,community_type,residents\n"
            + "0100,示范区,DISTRICT,,,\n"
            + "0110,东街道,STREET,0100,,\n");
    new TestWorkbook()
        .row("机构代码", "机构名称", "层级", "上级机构代码", "社区类型", "常住人口", "备注")
        .row("0111", "东一社区", "COMMUNITY", "0110", "URBAN", 3200, "新建")
        .row("0112", "东二社区", "COMMUNITY", "0110", "RURAL", "2800")
        .row("0113", "东三社区", "COMMUNITY", "0110", "URBAN", formula("1/0"))
        .row()
        .row("0111", "东一社区", "COMMUNITY", "0110", "URBAN", 3200, "重复")
        .row("0114", "东四社区", "COMMUNITY", "0110", "URBAN", -5)
        .save(input.resolve("org_units-2.xlsx"));

    // when
    BatchStatus status = ingest("org_units");

    // then: 0113's error cell is a BAD_ROW; row 6 repeats row 2 in every contract column
    assertThat(status).isEqualTo(BatchStatus.COMPLETED);
    assertThat(rows("SELECT org_code, residents FROM {} ORDER BY org_code", raw("org_units")))
        .containsExactly("0100|null", "0110|null", "0111|3200", "0112|2800");
    assertThat(rows(QUARANTINED, quarantine("org_units")))
        .containsExactly(
            "org_units-2.xlsx|4|BAD_ROW|null|0113,东三社区,COMMUNITY,0110,URBAN,\"#DIV/0!\",",
            "org_units-2.xlsx|7|OUT_OF_RANGE|residents|0114,东四社区,COMMUNITY,0110,URBAN,-5,");
    assertThat(rows("SELECT message FROM {} WHERE line = 4", quarantine("org_units")))
        .containsExactly("cell F4 holds the error #DIV/0!");
    assertThat(rows(AUDITED, audit("org_units")))
        .containsExactly("org_units-2.xlsx|xlsx|备注|5|2|1|2", "org_units.csv|UTF-8|null|2|2|0|0");
    assertThat(rows(UNRECONCILED, audit("org_units"))).containsExactly("0");
  }

  @Test
  void typesDateCellsTextDatesAndFormulaResultsOfAWorkbook() throws Exception {
    // given: a department in CSV with an unknown column; applications in a workbook
    Files.writeString(
        input.resolve("departments.csv"),
        "dept_code,dept_name,category,remark,note\nD01,民政局,GOVERNMENT,,\n");
    new TestWorkbook()
        .row(
            "申报编号", "部门代码", "事项名称", "事项类型", "适用范围", "保障人员", "保障经费(元)", "申报日期", "状态", "决定日期", "原因",
            "撤销日期")
        .row(
            "A001",
            "D01",
            "养老台账",
            "LEDGER",
            "ALL",
            "2",
            formula("1000*1.1"),
            LocalDate.of(2023, 1, 10),
            "APPROVED",
            "2023-02-01")
        .row(
            "A002",
            "D01",
            "平台",
            "WORK_ITEM",
            "ALL",
            0,
            0,
            LocalDate.of(2023, 3, 1),
            "APPROVED",
            LocalDateTime.of(2023, 3, 20, 9, 30))
        .save(input.resolve("applications.xlsx"));

    // when
    BatchStatus departments = ingest("departments");
    BatchStatus applications = ingest("applications");

    // then: a date cell with a time of day is no contract date
    assertThat(departments).isEqualTo(BatchStatus.COMPLETED);
    assertThat(applications).isEqualTo(BatchStatus.COMPLETED);
    assertThat(
            rows(
                "SELECT application_id, support_personnel, support_funding_yuan, submitted_on,"
                    + " decided_on FROM {}",
                raw("applications")))
        .containsExactly("A001|2|1100.00|2023-01-10|2023-02-01");
    assertThat(
            rows("SELECT line, reason, column_name, message FROM {}", quarantine("applications")))
        .containsExactly("3|BAD_TYPE|decided_on|'2023-03-20 09:30:00' is not a date yyyy-MM-dd");
    assertThat(rows(AUDITED, audit("departments")))
        .containsExactly("departments.csv|UTF-8|remark, note|1|1|0|0");
    assertThat(rows(AUDITED, audit("applications")))
        .containsExactly("applications.xlsx|xlsx|null|2|1|0|1");
  }

  private BatchStatus ingest(String table) throws Exception {
    return jobs.startJob(new IngestTarget(table, input, output).jobParameters(1)).getStatus();
  }

  private Path raw(String table) {
    return layout().raw(table);
  }

  private Path quarantine(String table) {
    return layout().quarantine(table);
  }

  private Path audit(String table) {
    return layout().audit(table);
  }

  private OutputLayout layout() {
    return new OutputLayout(output, Contract.load());
  }
}
