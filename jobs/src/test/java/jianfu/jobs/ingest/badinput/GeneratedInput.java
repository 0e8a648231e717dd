package jianfu.jobs.ingest.badinput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import jianfu.jobs.ingest.TestWorkbook;

/**
 * Inputs whose bytes a text file in the corpus cannot sensibly hold, written when a case runs. A
 * case names its builder with {@code generated: NAME} in its expected.yml, which says what must
 * happen to them like any other case's. Each writes departments.csv, but the workbooks of returns
 * and of the agreements.
 */
enum GeneratedInput {

  /**
   * A name of almost 1 MB spanning 1024 lines, then a category that makes its record exactly 1 MB,
   * the default ingest.max_record_size.
   */
  MEGABYTE_FIELD("megabyte-field") {
    @Override
    void write(Path input) throws IOException {
      // the line's text is 'ab,c"d' repeated: commas and quotes inside the field
      String name = String.join("\n", Collections.nCopies(1024, "ab,c\"\"d".repeat(146)));
      // D02,组织部," is 15 bytes in UTF-8 and the closing quote 1
      String category = "X".repeat((1 << 20) - 16);
      departments(
          input,
          utf8(
              HEADER
                  + ("D01,\"" + name + "\",GOVERNMENT\n")
                  + ("D02,组织部,\"" + category + "\"\n")
                  + "D03,妇联,MASS_ORG\n"));
    }
  },

  /** NUL characters inside cells. */
  NUL_BYTES("nul-bytes") {
    @Override
    void write(Path input) throws IOException {
      departments(
          input,
          utf8(HEADER + "D01,民政\0局,GOVERNMENT\n" + "D02\0,组织部,PARTY\n" + "D03,妇联,MASS_ORG\n"));
    }
  },

  /** LF, CR and CRLF ending lines in one file, also inside a quoted field. */
  MIXED_LINE_ENDINGS("mixed-line-endings") {
    @Override
    void write(Path input) throws IOException {
      departments(
          input,
          utf8(
              "dept_code,dept_name,category\r\n"
                  + "D01,民政局,GOVERNMENT\n"
                  + "D02,组织部,BUREAU\r"
                  + "D03,\"妇联\r\n第二行\r第三行\",MASS_ORG\r\n"
                  + "D04,统计局,BUREAU\n"
                  + "D05,统计局,GOVERNMENT"));
    }
  },

  /** A byte (FF) that is neither UTF-8 nor GB18030, in a file otherwise GB18030. */
  UNDECODABLE_BYTES("undecodable-bytes") {
    @Override
    void write(Path input) throws IOException {
      departments(
          input,
          HEADER.getBytes(GB18030),
          "D01,民政局,GOVERNMENT\nD02,组织".getBytes(GB18030),
          new byte[] {(byte) 0xFF},
          ",PARTY\n".getBytes(GB18030));
    }
  },

  /** A file configured as GBK whose bytes are UTF-8. */
  NOT_THE_CONFIGURED_CHARSET("not-the-configured-charset") {
    @Override
    void write(Path input) throws IOException {
      departments(input, utf8(HEADER + "D01,民政局,GOVERNMENT\n"));
    }
  },

  /**
   * returns.xlsx with Chinese headers, date and boolean cells: a nil return without received_on,
   * and a return of a street.
   */
  RETURNS_IN_A_WORKBOOK("returns-in-a-workbook") {
    @Override
    void write(Path input) throws IOException {
      LocalDate due = LocalDate.of(2024, 1, 31);
      new TestWorkbook()
          .row("社区代码", "年度", "报表", "应报日期", "收到日期", "零报告")
          .row("0111", 2023, "LEDGERS", due, LocalDate.of(2024, 1, 20), false)
          .row("0111", 2023, "WORK_ITEMS", due, null, true)
          .row("0110", 2023, "LEDGERS", due, LocalDate.of(2024, 1, 10), false)
          .save(input.resolve("returns.xlsx"));
    }
  },

  /**
   * The three agreement tables as workbooks, headed by labels (and a name), with number, date and
   * date-time cells: a draft, a street where a community is required and a signature with a time of
   * day.
   */
  AGREEMENTS_IN_WORKBOOKS("agreements-in-workbooks") {
    @Override
    void write(Path input) throws IOException {
      LocalDate signed = LocalDate.of(2024, 3, 1);
      new TestWorkbook()
          .row("协议编号", "部门代码", "街道代码", "年度", "签订日期")
          .row("E01", "D01", "0110", 2024, signed)
          .row("E02", "D02", "0110", 2024, null)
          .row("E03", "D01", "0111", 2024, signed)
          .row("E04", "D02", "0110", 2024, signed.atTime(9, 30))
          .save(input.resolve("entrustment_agreements.xlsx"));
      new TestWorkbook()
          .row("协议编号", "application_id")
          .row("E01", "A01")
          .row("E03", "A01")
          .save(input.resolve("entrustment_agreement_items.xlsx"));
      new TestWorkbook()
          .row("社区代码", "年度", "签订日期")
          .row("0111", 2024, LocalDate.of(2025, 1, 15))
          .row("0112", 2024, null)
          .row("0110", 2024, signed)
          .save(input.resolve("undertaking_agreements.xlsx"));
    }
  },

  /**
   * social_organisations.xlsx and association_contributions.xlsx with Chinese headers, date and
   * boolean cells: an organisation at a street, one at the district, a contribution from a charity
   * and one from the organisation quarantined.
   */
  SOCIAL_ORGANISATIONS_IN_A_WORKBOOK("social-organisations-in-a-workbook") {
    @Override
    void write(Path input) throws IOException {
      LocalDate registered = LocalDate.of(2022, 3, 1);
      new TestWorkbook()
          .row("登记证号", "组织名称", "所在社区或街道代码", "组织类别", "登记日期", "注销日期", "是否培育中心培育")
          .row("SO1", "东一社区自治促进会", "0111", "SELF_GOVERNANCE", registered, null, true)
          .row("SO2", "东街道慈善会", "0110", "CHARITY", registered, LocalDate.of(2023, 12, 31), false)
          .row("SO3", "示范区公益联合会", "0100", "CHARITY", registered, null, null)
          .save(input.resolve("social_organisations.xlsx"));
      new TestWorkbook()
          .row("促进会登记证号", "年度", "办实事件数", "募集资金(元)")
          .row("SO1", 2023, 36, 52000.5)
          .row("SO2", 2023, 4, 800)
          .row("SO3", 2023, 2, 100)
          .save(input.resolve("association_contributions.xlsx"));
    }
  },

  /** A GB18030 file (detected) with bad rows, whose raw records must read as Chinese text. */
  GB18030_BAD_ROWS("gb18030-bad-rows") {
    @Override
    void write(Path input) throws IOException {
      departments(
          input,
          (HEADER
                  + "D01,民政局,GOVERNMENT\n"
                  + "D02,组织部,党委\n"
                  + "D03,\"妇\"联,MASS_ORG\n"
                  + "D04,统计局,VERTICAL\n")
              .getBytes(GB18030));
    }
  };

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final String HEADER = "dept_code,dept_name,category\n";

  private final String caseName;

  GeneratedInput(String caseName) {
    this.caseName = caseName;
  }

  abstract void write(Path input) throws IOException;

  static GeneratedInput named(String name) {
    return Arrays.stream(values())
        .filter(generated -> generated.caseName.equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no generated input named " + name));
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Writes departments.csv: {@code parts}, one after the other. */
  private static void departments(Path input, byte[]... parts) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Arrays.stream(parts).forEach(bytes::writeBytes);
    Files.write(input.resolve("departments.csv"), bytes.toByteArray());
  }
}
