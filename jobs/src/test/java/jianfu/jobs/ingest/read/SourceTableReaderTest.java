package jianfu.jobs.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jianfu.jobs.ingest.TestWorkbook;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;

class SourceTableReaderTest {

  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final SourceTable LEDGERS = Contract.load().source("ledgers");
  private static final String HEADER =
      "ledger_id,org_code,year,dept_code,title,form,volumes,application_id\n";

  @TempDir Path input;

  @Test
  void matchesColumnsByNameInAnyOrderAndIgnoresUnknownOnes() throws Exception {
    // given: a BOM, shuffled columns, an unknown one, application_id absent (it is optional)
    write(
        "ledgers.csv",
        "\uFEFFtitle, ledger_id ,org_code,year,dept_code,form,volumes,remark\n"
            + " 养老台账 ,L01,0111,2023,D01,PAPER,3,ignored\n");
    SourceTableReader reader = openReader(new ExecutionContext());

    // when
    SourceRow row = reader.read();

    // then
    Map<String, String> expected = new HashMap<>();
    expected.put("ledger_id", "L01");
    expected.put("org_code", "0111");
    expected.put("year", "2023");
    expected.put("dept_code", "D01");
    expected.put("title", "养老台账");
    expected.put("form", "PAPER");
    expected.put("volumes", "3");
    expected.put("application_id", null);
    assertThat(row.cells().asMap()).isEqualTo(expected);
    assertThat(row.sourceFile()).isEqualTo("ledgers.csv");
    assertThat(row.line()).isEqualTo(2);
    assertThat(row.rawRecord()).isEqualTo(" 养老台账 ,L01,0111,2023,D01,PAPER,3,ignored");
    assertThat(reader.read()).isNull();
  }

  @Test
  void aMalformedRecordIsABadRowAndTheScanGoesOn() throws Exception {
    // given
    write(
        "ledgers.csv",
        HEADER
            + "L01,0111,2023,D01,\"two\nlines\",PAPER,3,\n"
            + "L02,0111,2023,D01,short,PAPER,3\n"
            + "L03,0111,2023,D01,\"bad\"quote,PAPER,3,\n"
            + "L04,0111,2023,D01,fine,PAPER,3,\n");
    SourceTableReader reader = openReader(new ExecutionContext());

    // when, then
    assertThat(reader.read().line()).isEqualTo(2);
    assertThatThrownBy(reader::read)
        .isInstanceOfSatisfying(
            MalformedRecordException.class,
            bad -> {
              assertThat(bad.line()).isEqualTo(4);
              assertThat(bad.rawRecord()).isEqualTo("L02,0111,2023,D01,short,PAPER,3");
              assertThat(bad.getMessage()).isEqualTo("the record has 7 fields, the header has 8");
            });
    assertThatThrownBy(reader::read)
        .isInstanceOfSatisfying(
            MalformedRecordException.class,
            bad -> {
              assertThat(bad.line()).isEqualTo(5);
              assertThat(bad.getMessage())
                  .isEqualTo(
                      "not valid CSV: Invalid character between encapsulated token and delimiter");
            });
    SourceRow last = reader.read();
    assertThat(last.line()).isEqualTo(6);
    assertThat(last.cells().asMap()).containsEntry("ledger_id", "L04");
  }

  @Test
  void aRepeatedHeaderAndANulCharacterAreBadRowsSayingSo() throws Exception {
    // given: files joined with their headers, a NUL in a title, a lone field
    write(
        "ledgers.csv",
        HEADER
            + " ledger_id,org_code,year,dept_code,title,form,volumes,application_id\n"
            + "L01,0111,2023,D01,a\0b,PAPER,3,\n"
            + "L02\n"
            + "L03,0111,2023,D01,fine,PAPER,3,\n");
    SourceTableReader reader = openReader(new ExecutionContext());

    // when
    List<String> malformed = new ArrayList<>();
    SourceRow last = null;
    while (last == null) {
      try {
        last = reader.read();
      } catch (MalformedRecordException bad) {
        malformed.add(bad.line() + ": " + bad.getMessage());
      }
    }

    // then
    assertThat(malformed)
        .containsExactly(
            "2: the record repeats the header row",
            "3: the record contains a NUL character (byte 0), which is not text",
            "4: the record has 1 field, the header has 8");
    assertThat(last.cells().asMap()).containsEntry("ledger_id", "L03");
  }

  @Test
  void readsEveryFileOfTheTableInNameOrder() throws Exception {
    // given
    write("ledgers.csv", HEADER + "L01,0111,2023,D01,a,PAPER,3,\n");
    write("ledgers-2.csv", HEADER + "L02,0111,2023,D01,b,PAPER,3,\n");
    write("ledgers_old.csv", HEADER + "L03,0111,2023,D01,c,PAPER,3,\n");
    write("ledgers-3.txt", HEADER + "L04,0111,2023,D01,d,PAPER,3,\n");
    SourceTableReader reader = openReader(new ExecutionContext());

    // when
    SourceRow first = reader.read();
    SourceRow second = reader.read();

    // then
    assertThat(first.sourceFile()).isEqualTo("ledgers-2.csv");
    assertThat(second.sourceFile()).isEqualTo("ledgers.csv");
    assertThat(reader.read()).isNull();
  }

  @Test
  void aTableWithoutFilesHasNoRows() throws Exception {
    // given: nothing in the input folder

    // when
    SourceTableReader reader = openReader(new ExecutionContext());

    // then
    assertThat(reader.read()).isNull();
  }

  @Test
  void refusesEveryFileOfATableBeforeReadingWhenOneLacksARequiredColumn() throws IOException {
    // given: the second file has no volumes column
    write("ledgers.csv", HEADER + "L01,0111,2023,D01,a,PAPER,3,\n");
    write(
        "ledgers-2.csv",
        "ledger_id,org_code,year,dept_code,title,form\nL02,0111,2023,D01,b,PAPER\n");

    // when, then
    assertThatThrownBy(() -> openReader(new ExecutionContext()))
        .isInstanceOf(ItemStreamException.class)
        .cause()
        .isInstanceOf(RefusedFileException.class)
        .hasMessageContaining("ledgers-2.csv")
        .hasMessageContaining("'volumes'");
  }

  @Test
  void refusesAFileWithoutHeader() throws IOException {
    // given
    write("ledgers.csv", "");

    // when, then
    assertThatThrownBy(() -> openReader(new ExecutionContext()))
        .cause()
        .isInstanceOf(RefusedFileException.class)
        .hasMessage("ledgers.csv is refused: it has no header row");
  }

  @Test
  void namesEveryRefusedFileOfATable() throws IOException {
    // given: one file without header, one good file, one without the volumes column
    write("ledgers-1.csv", "");
    write("ledgers-2.csv", HEADER + "L01,0111,2023,D01,a,PAPER,3,\n");
    write(
        "ledgers.csv", "ledger_id,org_code,year,dept_code,title,form\nL02,0111,2023,D01,b,PAPER\n");

    // when, then
    assertThatThrownBy(() -> openReader(new ExecutionContext()))
        .cause()
        .isInstanceOfSatisfying(
            RefusedFileException.class,
            refused ->
                assertThat(refused.refusals())
                    .containsExactly(
                        "ledgers-1.csv is refused: it has no header row",
                        "ledgers.csv is refused: its header has no column 'volumes' (or '本数'), which"
                            + " every ledgers file must have"));
  }

  @Test
  void readsAFileThatIsNotUtf8ButGb18030AsGb18030() throws Exception {
    // given: 1000 ASCII lines (UTF-8 and GB18030 alike), then one in GB18030 (line 1002)
    String ascii = HEADER + "L01,0111,2023,D01,a,PAPER,3,\n".repeat(1000);
    byte[] gb18030 = "L02,0111,2023,D01,养老台账,PAPER,3,\n".getBytes(GB18030);
    Files.write(input.resolve("ledgers.csv"), ascii.getBytes(StandardCharsets.UTF_8));
    Files.write(input.resolve("ledgers.csv"), gb18030, StandardOpenOption.APPEND);
    SourceTableReader reader = openReader(new ExecutionContext());

    // when
    SourceRow last = null;
    for (SourceRow row = reader.read(); row != null; row = reader.read()) {
      last = row;
    }

    // then
    assertThat(last.line()).isEqualTo(1002);
    assertThat(last.cells().asMap()).containsEntry("title", "养老台账");
    assertThat(last.rawRecord()).isEqualTo("L02,0111,2023,D01,养老台账,PAPER,3,");
  }

  @Test
  void savesWhatTheAuditSaysOfEachFileInTheStepStateWhenItOpens() throws Exception {
    // given: a GB18030 file with two unknown columns, a UTF-8 one with none, a workbook
    Files.write(
        input.resolve("ledgers-1.csv"),
        (HEADER.strip() + ",备注,remark\nL01,0111,2023,D01,养老台账,PAPER,3,,x,y\n").getBytes(GB18030));
    write("ledgers-2.csv", HEADER);
    new TestWorkbook()
        .row((Object[]) HEADER.strip().split(","))
        .save(input.resolve("ledgers-3.xlsx"));
    ExecutionContext state = new ExecutionContext();

    // when
    openReader(state).close();

    // then: saved as plain maps and lists, read back in file order
    assertThat(AuditedSource.filesIn(new ExecutionContext(state.toMap())))
        .containsExactly(
            new AuditedSource("ledgers-1.csv", "GB18030", List.of("备注", "remark")),
            new AuditedSource("ledgers-2.csv", "UTF-8", List.of()),
            new AuditedSource("ledgers-3.xlsx", "xlsx", List.of()));
  }

  @Test
  void readsAFileInItsConfiguredCharset() throws Exception {
    // given: 台 in GB18030 (CC A8) is also valid UTF-8, so only the configuration gets it right
    Files.write(
        input.resolve("ledgers.csv"),
        (HEADER + "L01,0111,2023,D01,台,PAPER,3,\n").getBytes(GB18030));
    SourceTableReader reader =
        new SourceTableReader(
            LEDGERS,
            input,
            SourceEncoding.configured("GB18030"),
            RecordSizeLimit.of(RecordSizeLimit.DEFAULT));
    reader.open(new ExecutionContext());

    // when
    SourceRow row = reader.read();

    // then
    assertThat(row.cells().asMap()).containsEntry("title", "台");
  }

  @Test
  void refusesAFileNeitherUtf8NorGb18030BeforeReadingAnyRow() throws IOException {
    // given: the header line is 68 bytes (8 names of 60 letters, 7 commas, a line feed), then
    // FF (offset 68), which is neither UTF-8 nor GB18030
    write("ledgers.csv", HEADER);
    Files.write(input.resolve("ledgers.csv"), new byte[] {(byte) 0xFF}, StandardOpenOption.APPEND);

    // when, then
    assertThatThrownBy(() -> openReader(new ExecutionContext()))
        .isInstanceOf(ItemStreamException.class)
        .cause()
        .isInstanceOf(RefusedFileException.class)
        .hasMessage(
            "ledgers.csv is refused: it is neither UTF-8 text (the byte at offset 68 cannot be"
                + " decoded) nor GB18030 text (the byte at offset 68 cannot be decoded)");
  }

  @Test
  void aRestartResumesAfterTheRecordsAlreadyRead() throws Exception {
    // given: a first reader read three records (one malformed) and saved its position
    write("ledgers-1.csv", HEADER + "L01,0111,2023,D01,a,PAPER,3,\nL02,bad\n");
    write(
        "ledgers-2.csv",
        HEADER + "L03,0111,2023,D01,\"c\nc\",PAPER,3,\nL04,0111,2023,D01,d,PAPER,3,\n");
    ExecutionContext saved = new ExecutionContext();
    SourceTableReader first = openReader(saved);
    first.read();
    assertThatThrownBy(first::read).isInstanceOf(MalformedRecordException.class);
    first.read();
    first.update(saved);
    first.close();

    // when
    SourceTableReader restarted = openReader(saved);

    // then
    SourceRow next = restarted.read();
    assertThat(next.cells().asMap()).containsEntry("ledger_id", "L04");
    assertThat(next.line()).isEqualTo(4);
    assertThat(restarted.read()).isNull();
  }

  @Test
  void readsChineseHeadersInCsv() throws Exception {
    // given: every column by its label
    write(
        "ledgers.csv",
        "台账编号,社区代码,年度,部门代码,台账名称,形式,本数,准入申报编号\n" + "L01,0111,2023,D01,养老台账,PAPER,3,A001\n");
    SourceTableReader reader = openReader(new ExecutionContext());

    // when
    SourceRow row = reader.read();

    // then
    assertThat(row.cells().asMap())
        .containsEntry("ledger_id", "L01")
        .containsEntry("org_code", "0111")
        .containsEntry("application_id", "A001");
  }

  @Test
  void readsATableSplitOverExcelAndCsvAndARestartResumesWithinTheWorkbook() throws Exception {
    // given: ledgers-1.xlsx (before ledgers.csv: '-' sorts before '.') with a bad row, then CSV
    new TestWorkbook()
        .row("台账编号", "社区代码", "年度", "部门代码", "台账名称", "形式", "本数")
        .row("L01", "0111", 2023, "D01", "a", "PAPER", 3)
        .row("L02", "0111", 2023, "D01", TestWorkbook.formula("1/0"), "PAPER", 3)
        .row()
        .row("L03", "0111", 2023, "D01", "c", "PAPER", 3)
        .save(input.resolve("ledgers-1.xlsx"));
    write("ledgers.csv", HEADER + "L04,0111,2023,D01,d,PAPER,3,\n");
    ExecutionContext saved = new ExecutionContext();
    SourceTableReader first = openReader(saved);
    assertThat(first.read().cells().asMap()).containsEntry("ledger_id", "L01");
    assertThatThrownBy(first::read).isInstanceOf(MalformedRecordException.class);
    first.update(saved);
    first.close();

    // when
    SourceTableReader restarted = openReader(saved);

    // then: the blank row 4 is no row, so L03 is the third row read, on sheet row 5
    SourceRow next = restarted.read();
    assertThat(next.sourceFile()).isEqualTo("ledgers-1.xlsx");
    assertThat(next.line()).isEqualTo(5);
    assertThat(next.cells().asMap())
        .containsEntry("ledger_id", "L03")
        .containsEntry("year", "2023");
    assertThat(restarted.read().sourceFile()).isEqualTo("ledgers.csv");
    assertThat(restarted.read()).isNull();
  }

  private SourceTableReader openReader(ExecutionContext context) {
    SourceTableReader reader =
        new SourceTableReader(
            LEDGERS, input, SourceEncoding.detected(), RecordSizeLimit.of(RecordSizeLimit.DEFAULT));
    reader.open(context);
    return reader;
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(input.resolve(name), text, StandardCharsets.UTF_8);
  }
}
