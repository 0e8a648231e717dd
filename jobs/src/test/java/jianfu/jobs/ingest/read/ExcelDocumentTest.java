package jianfu.jobs.ingest.read;

import static jianfu.jobs.ingest.TestWorkbook.FORMATTED_BLANK;
import static jianfu.jobs.ingest.TestWorkbook.formula;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import jianfu.jobs.ingest.TestWorkbook;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first sheet of an .xlsx file read as CSV text would be, cell rule by cell rule. */
class ExcelDocumentTest {

  private static final SourceTable APPLICATIONS = Contract.load().source("applications");
  private static final SourceTable DEPARTMENTS = Contract.load().source("departments");
  private static final Object[] DEPARTMENT_HEADER = {"dept_code", "dept_name", "category"};

  @TempDir Path input;

  @Test
  void readsCellsAsTheTextACsvFileWouldHave() throws Exception {
    // given: Chinese headers (labels); a date cell and a text date; a number stored as text; whole
    // numbers and a sum with binary noise; a formula's text; a date-time; a boolean; tiny and huge
    // numbers that Excel shows with an exponent
    new TestWorkbook()
        .row(
            "申报编号", "部门代码", "事项名称", "事项类型", "适用范围", "保障人员", "保障经费(元)", "申报日期", "状态", "决定日期",
            "法律政策依据", "保障物资", "原因", "撤销日期")
        .row(
            "A001",
            "0101",
            formula("\"养老\"&\"台账\""),
            "LEDGER",
            "ALL",
            2.0,
            formula("0.1+0.2"),
            LocalDate.of(2023, 1, 10),
            "APPROVED",
            "2023-02-01",
            1.5e-7,
            true)
        .row(
            "A002",
            101,
            "平台",
            "WORK_ITEM",
            "ALL",
            "3",
            20000,
            LocalDateTime.of(2023, 3, 1, 9, 30),
            "PENDING",
            null,
            1.2345678901234567e20,
            false)
        .save(input.resolve("applications.xlsx"));

    // when
    try (SourceDocument document = open("applications.xlsx", APPLICATIONS)) {
      SourceRow first = document.next();
      SourceRow second = document.next();

      // then
      assertThat(first.line()).isEqualTo(2);
      assertThat(first.cells().asMap())
          .containsEntry("dept_code", "0101")
          .containsEntry("title", "养老台账")
          .containsEntry("support_personnel", "2")
          .containsEntry("support_funding_yuan", "0.3")
          .containsEntry("submitted_on", "2023-01-10")
          .containsEntry("decided_on", "2023-02-01")
          .containsEntry("legal_basis", "0.00000015")
          .containsEntry("support_materials", "true");
      assertThat(second.cells().asMap())
          .containsEntry("dept_code", "101")
          .containsEntry("support_personnel", "3")
          .containsEntry("support_funding_yuan", "20000")
          .containsEntry("submitted_on", "2023-03-01 09:30:00")
          .containsEntry("decided_on", null)
          .containsEntry("legal_basis", "123456789012346000000")
          .containsEntry("support_materials", "false");
      assertThat(second.rawRecord())
          .isEqualTo(
              "A002,101,平台,WORK_ITEM,ALL,3,20000,2023-03-01 09:30:00,PENDING,,123456789012346000000,false,,");
      assertThat(document.next()).isNull();
    }
  }

  @Test
  void passesOverRowsThatShowNothingAndKeepsTheSheetsRowNumbers() throws Exception {
    // given: a blank row 3 in the middle; rows 5 to 7 formatted, empty text or spaces only
    new TestWorkbook()
        .row(DEPARTMENT_HEADER)
        .row("D01", "民政局", "GOVERNMENT")
        .row(FORMATTED_BLANK, FORMATTED_BLANK)
        .row("D02", "组织部", "PARTY")
        .row(FORMATTED_BLANK, null, FORMATTED_BLANK)
        .row("", "")
        .row(" ", null, "  ")
        .save(input.resolve("departments.xlsx"));

    // when
    try (SourceDocument document = open("departments.xlsx", DEPARTMENTS)) {

      // then
      assertThat(document.next().line()).isEqualTo(2);
      assertThat(document.next().line()).isEqualTo(4);
      assertThat(document.next()).isNull();
    }
  }

  @Test
  void anErrorCellMakesItsRowABadRowAndTheReadingGoesOn() throws Exception {
    // given
    new TestWorkbook()
        .row(DEPARTMENT_HEADER)
        .row("D01", formula("1/0"), "GOVERNMENT")
        .row("D02", "组织部", "PARTY")
        .save(input.resolve("departments.xlsx"));

    // when
    try (SourceDocument document = open("departments.xlsx", DEPARTMENTS)) {

      // then
      assertThatThrownBy(document::next)
          .isInstanceOfSatisfying(
              MalformedRecordException.class,
              bad -> {
                assertThat(bad.line()).isEqualTo(2);
                assertThat(bad.getMessage()).isEqualTo("cell B2 holds the error #DIV/0!");
                // commons-csv quotes a field that starts with #
                assertThat(bad.rawRecord()).isEqualTo("D01,\"#DIV/0!\",GOVERNMENT");
              });
      assertThat(document.next().cells().asMap()).containsEntry("dept_code", "D02");
    }
  }

  @Test
  void aValueInAColumnWithoutHeaderMakesItsRowABadRow() throws Exception {
    // given: E2 holds a note right of the header's last column C
    new TestWorkbook()
        .row(DEPARTMENT_HEADER)
        .row("D01", "民政局", "GOVERNMENT", null, "备注, 待核")
        .save(input.resolve("departments.xlsx"));

    // when
    MalformedRecordException bad = firstRowOfDepartments();

    // then
    assertThat(bad.getMessage()).isEqualTo("cell E2 has a value, but column E has no header");
    assertThat(bad.rawRecord()).isEqualTo("D01,民政局,GOVERNMENT,,\"备注, 待核\"");
  }

  @Test
  void aFormulaWithoutSavedResultMakesItsRowABadRow() throws Exception {
    // given: written by a program that does not calculate
    new TestWorkbook()
        .row(DEPARTMENT_HEADER)
        .row("D01", formula("\"民政\"&\"局\""), "GOVERNMENT")
        .saveWithoutFormulaResults(input.resolve("departments.xlsx"));

    // when
    MalformedRecordException bad = firstRowOfDepartments();

    // then
    assertThat(bad)
        .hasMessage(
            "cell B2 has a formula whose result was never saved (open and save the file in"
                + " Excel)");
  }

  @Test
  void refusesAHeaderRowWithMergedCells() throws IOException {
    // given: a title row spanning the columns, as reports often have
    new TestWorkbook()
        .row("部门名单")
        .row(DEPARTMENT_HEADER)
        .merge("A1:C1")
        .save(input.resolve("departments.xlsx"));

    // when, then
    assertThatThrownBy(() -> open("departments.xlsx", DEPARTMENTS))
        .isInstanceOf(RefusedFileException.class)
        .hasMessage(
            "departments.xlsx is refused: its header row has the merged cells A1:C1; unmerge them"
                + " and give every column a header cell of its own");
  }

  @Test
  void refusesAMergeThatReachesIntoTheHeaderRowFromBelowAsWell() throws IOException {
    // given: the header starts at row 2 (row 1 shows nothing); B2:B3 spans it and a data row
    new TestWorkbook()
        .row()
        .row(DEPARTMENT_HEADER)
        .row("D01", null, "GOVERNMENT")
        .merge("B2:B3")
        .save(input.resolve("departments.xlsx"));

    // when, then
    assertThatThrownBy(() -> open("departments.xlsx", DEPARTMENTS))
        .isInstanceOf(RefusedFileException.class)
        .hasMessageContaining("its header row has the merged cells B2:B3");
  }

  @Test
  void refusesABlankHeaderCellBeforeANamedOne() throws IOException {
    // given
    new TestWorkbook()
        .row("dept_code", "dept_name", null, "category")
        .save(input.resolve("departments.xlsx"));

    // when, then
    assertThatThrownBy(() -> open("departments.xlsx", DEPARTMENTS))
        .isInstanceOf(RefusedFileException.class)
        .hasMessage(
            "departments.xlsx is refused: header cell C1 is blank; every column before the last"
                + " named one needs a name");
  }

  @Test
  void refusesAHeaderNamingAColumnByItsNameAndItsLabel() throws IOException {
    // given
    new TestWorkbook()
        .row("dept_code", "部门名称", "category", "部门代码")
        .save(input.resolve("departments.xlsx"));

    // when, then
    assertThatThrownBy(() -> open("departments.xlsx", DEPARTMENTS))
        .isInstanceOf(RefusedFileException.class)
        .hasMessage(
            "departments.xlsx is refused: its header names the column 'dept_code' twice"
                + " ('dept_code' and '部门代码')");
  }

  @Test
  void refusesAFileThatIsNotAnXlsxWorkbook() throws IOException {
    // given: CSV text saved under an .xlsx name
    Files.writeString(input.resolve("departments.xlsx"), "dept_code,dept_name,category\n");

    // when, then
    assertThatThrownBy(() -> open("departments.xlsx", DEPARTMENTS))
        .isInstanceOf(RefusedFileException.class)
        .hasMessageStartingWith("departments.xlsx is refused: it is not an .xlsx workbook (");
  }

  /** Reads the first row of departments.xlsx, which must be BAD_ROW. */
  private MalformedRecordException firstRowOfDepartments() throws IOException {
    try (SourceDocument document = open("departments.xlsx", DEPARTMENTS)) {
      return catchThrowableOfType(MalformedRecordException.class, document::next);
    }
  }

  private SourceDocument open(String file, SourceTable table) throws IOException {
    return new SourceFormat.Excel().open(input.resolve(file), table);
  }
}
