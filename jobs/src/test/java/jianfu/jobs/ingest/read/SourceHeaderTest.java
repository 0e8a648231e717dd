package jianfu.jobs.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;
import org.junit.jupiter.api.Test;

/** Header rows of any format: names or Chinese labels, unknown columns, refusals. */
class SourceHeaderTest {

  private static final SourceTable DEPARTMENTS = Contract.load().source("departments");

  @Test
  void matchesNamesAndLabelsAndListsUnknownHeadings() {
    // given: a label, a name, a label, and two headings the contract does not know
    List<String> fields = List.of(" 部门名称 ", "dept_code", "备注", "部门类别", "remark");

    // when
    SourceHeader header = header(fields);

    // then
    assertThat(header.cells(List.of("民政局", "D01", "x", "GOVERNMENT", "y")).asMap())
        .containsEntry("dept_code", "D01")
        .containsEntry("dept_name", "民政局")
        .containsEntry("category", "GOVERNMENT")
        .hasSize(3);
    assertThat(header.unknownColumns()).containsExactly("备注", "remark");
    assertThat(header.width()).isEqualTo(5);
  }

  @Test
  void blankFieldsAfterTheLastNamedOneAreUnnamedColumns() {
    // given: a CSV header saved with trailing commas
    List<String> fields = List.of("dept_code", "dept_name", "category", "", " ");

    // when
    SourceHeader header = header(fields);

    // then
    assertThat(header.unknownColumns()).isEmpty();
    assertThat(header.width()).isEqualTo(5);
  }

  @Test
  void refusesABlankFieldBeforeANamedOne() {
    assertThatThrownBy(() -> header(List.of("dept_code", " ", "dept_name", "category")))
        .isInstanceOf(RefusedFileException.class)
        .hasMessage(
            "departments.csv is refused: header field 2 is blank; every column before the last"
                + " named one needs a name");
  }

  @Test
  void refusesAColumnNamedTwiceByItsLabel() {
    assertThatThrownBy(() -> header(List.of("部门代码", "dept_name", "category", "部门代码")))
        .isInstanceOf(RefusedFileException.class)
        .hasMessage(
            "departments.csv is refused: its header names the column 'dept_code' twice"
                + " ('部门代码' and '部门代码')");
  }

  @Test
  void refusesAHeaderWithoutAColumnEveryFileMustHaveNamingItsNameAndLabel() {
    assertThatThrownBy(() -> header(List.of("dept_code", "dept_name")))
        .isInstanceOf(RefusedFileException.class)
        .hasMessage(
            "departments.csv is refused: its header has no column 'category' (or '部门类别'),"
                + " which every departments file must have");
  }

  private static SourceHeader header(List<String> fields) {
    return SourceHeader.of("departments.csv", fields, i -> "field " + (i + 1), DEPARTMENTS);
  }
}
