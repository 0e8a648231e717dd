package jianfu.jobs.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordSplitterTest {

  private static final String NEVER_CLOSED =
      "a quote opened on this line is never closed; the next line is read as the next record";

  @Test
  void splitsLinesAndNumbersThemFromTheHeader() throws IOException {
    // given
    String text = "a,b\n1,2\r\n3,4";

    // when
    List<RawRecord> records = split(text);

    // then
    assertThat(records)
        .containsExactly(
            new RawRecord(1, "a,b", null),
            new RawRecord(2, "1,2", null),
            new RawRecord(3, "3,4", null));
  }

  @Test
  void aLineBreakInsideQuotesBelongsToTheRecordAndTheNextRecordKeepsItsLine() throws IOException {
    // given
    String text = "a,b\n1,\"two\nlines\"\r\n2,\"x\r\ny\"\n3,z\n";

    // when
    List<RawRecord> records = split(text);

    // then
    assertThat(records)
        .containsExactly(
            new RawRecord(1, "a,b", null),
            new RawRecord(2, "1,\"two\nlines\"", null),
            new RawRecord(4, "2,\"x\r\ny\"", null),
            new RawRecord(6, "3,z", null));
  }

  @Test
  void escapedQuotesDoNotCloseAQuotedField() throws IOException {
    // given
    String text = "1,\"say \"\"hi\n\"\"\"\n2,x";

    // when
    List<RawRecord> records = split(text);

    // then
    assertThat(records)
        .containsExactly(
            new RawRecord(1, "1,\"say \"\"hi\n\"\"\"", null), new RawRecord(3, "2,x", null));
  }

  @Test
  void aQuoteInsideAnUnquotedFieldOpensNothing() throws IOException {
    // given: RFC 4180 quotes only a field that starts with a quote, as commons-csv does
    String text = "1,5\" screen\n2,x";

    // when
    List<RawRecord> records = split(text);

    // then
    assertThat(records)
        .containsExactly(new RawRecord(1, "1,5\" screen", null), new RawRecord(2, "2,x", null));
  }

  @Test
  void emptyLinesAreNoRecordsButAreCounted() throws IOException {
    // given
    String text = "a\n\n\r\nb\n\n";

    // when
    List<RawRecord> records = split(text);

    // then
    assertThat(records).containsExactly(new RawRecord(1, "a", null), new RawRecord(4, "b", null));
  }

  @Test
  void aQuoteNeverClosedIsABadRecordOfItsLineAndTheNextLinesAreRecordsAgain() throws IOException {
    // given: line 2 opens a quote that nothing closes
    String text = "1,ok\n2,\"never closed\r\n3,x\n4,y";

    // when
    List<RawRecord> records = split(text);

    // then
    assertThat(records)
        .containsExactly(
            new RawRecord(1, "1,ok", null),
            new RawRecord(2, "2,\"never closed", NEVER_CLOSED),
            new RawRecord(3, "3,x", null),
            new RawRecord(4, "4,y", null));
  }

  @Test
  void aQuoteOpenAtTheEndOfTheLastLineIsThatLine() throws IOException {
    // given
    String text = "1,ok\n2,\"never closed";

    // when
    List<RawRecord> records = split(text);

    // then
    assertThat(records)
        .containsExactly(
            new RawRecord(1, "1,ok", null), new RawRecord(2, "2,\"never closed", NEVER_CLOSED));
  }

  @Test
  void aStrayQuoteThatALaterQuoteClosesSpansTheLinesBetween() throws IOException {
    // given: the quote opened on line 2 is closed by the one on line 4, as RFC 4180 reads it
    String text = "1,ok\n2,\"stray\n3,x\n4,\"a\"\n5,y";

    // when
    List<RawRecord> records = split(text);

    // then
    assertThat(records)
        .containsExactly(
            new RawRecord(1, "1,ok", null),
            new RawRecord(2, "2,\"stray\n3,x\n4,\"a\"", null),
            new RawRecord(5, "5,y", null));
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstRecord() throws IOException {
    // given
    String text = "\uFEFForg_code\n0100";

    // when
    List<RawRecord> records = split(text);

    // then
    assertThat(records)
        .containsExactly(new RawRecord(1, "org_code", null), new RawRecord(2, "0100", null));
  }

  @Test
  void recordsLongerThanTheBufferStayWhole() throws IOException {
    // given
    String longField = "x".repeat(20_000);
    String text = "1," + longField + "\n2,\"" + longField + "\n" + longField + "\"\n3,y";

    // when
    List<RawRecord> records = split(text);

    // then
    assertThat(records).extracting(RawRecord::line).containsExactly(1L, 2L, 4L);
    assertThat(records.get(1).text()).hasSize(2 + 1 + 20_000 + 1 + 20_000 + 1);
  }

  private static List<RawRecord> split(String text) throws IOException {
    return split(text, RecordSizeLimit.of(RecordSizeLimit.DEFAULT));
  }

  private static List<RawRecord> split(String text, RecordSizeLimit limit) throws IOException {
    List<RawRecord> records = new ArrayList<>();
    try (RecordSplitter splitter = new RecordSplitter(new StringReader(text), limit)) {
      for (RawRecord record = splitter.next(); record != null; record = splitter.next()) {
        records.add(record);
      }
    }
    return records;
  }
}
