package jianfu.jobs.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Hostile input: quotes never closed and records of any length cost time linear in the file and
 * memory bounded by ingest.max_record_size (RecordSplitter), and a record over it is malformed
 * (BAD_ROW) with the next line read as the next record.
 */
class HostileRecordSizeTest {

  /** Read from a record's start it opens a quote, read inside quotes it leaves one open. */
  private static final String KEEPS_A_QUOTE_OPEN = "a\"b,\"c\n";

  @Test
  void aQuotedRecordOverTheLimitIsItsFirstLineAndTheNextLineIsTheNextRecord() throws IOException {
    // given: line 2 opens a quote that line 4 closes, 37 bytes on, over a limit of 20
    String text = "1,ok\n2,\"a long name\nthat goes on\nand on\",y\n3,z";

    // when
    List<RawRecord> records = split(text, "20B");

    // then: the lines inside the quote are read as records of their own
    assertThat(records)
        .extracting(RawRecord::line, RawRecord::text)
        .containsExactly(
            tuple(1, "1,ok"),
            tuple(2, "2,\"a long name"),
            tuple(3, "that goes on"),
            tuple(4, "and on\",y"),
            tuple(5, "3,z"));
    assertThat(records.get(1).malformation())
        .isEqualTo(
            "a quote opened on this line is not closed within ingest.max_record_size (20B); the"
                + " next line is read as the next record (raise ingest.max_record_size in the"
                + " --conf file if records this long are real)");
    assertThat(records).filteredOn(record -> record.malformation() != null).hasSize(1);
  }

  @Test
  void aRecordOfExactlyTheLimitIsWhole() throws IOException {
    // given: 13 bytes over two lines, the line break included
    String text = "2,\"two\nlines\"\n3,z";

    // when
    List<RawRecord> records = split(text, "13B");

    // then
    assertThat(records)
        .containsExactly(new RawRecord(1, "2,\"two\nlines\"", null), new RawRecord(3, "3,z", null));
  }

  @Test
  void aLineOverTheLimitIsHeldOnlyUpToTheLimit() throws IOException {
    // given
    String text = "1," + "x".repeat(100_000) + "\n2,y";

    // when
    List<RawRecord> records = split(text, "10B");

    // then
    assertThat(records.get(0).text()).isEqualTo("1," + "x".repeat(8));
    assertThat(records.get(0).malformation())
        .startsWith(
            "the record is longer than ingest.max_record_size (10B); raw_record holds the line's"
                + " first 10B;");
    assertThat(records.get(1)).isEqualTo(new RawRecord(2, "2,y", null));
  }

  @Test
  void theLimitCountsUtf8BytesAndCutsOnlyWholeCharacters() throws IOException {
    // given: 组织部 is 9 bytes in UTF-8, the emoji 4 (two UTF-16 units)
    String text = "组织部\n组织部x\nab\uD83D\uDE00c";

    // when
    List<RawRecord> records = split(text, "9B");

    // then
    assertThat(records.get(0)).isEqualTo(new RawRecord(1, "组织部", null));
    assertThat(records.get(1).malformation()).isNotNull();
    assertThat(split("ab\uD83D\uDE00c", "5B").get(0).text()).isEqualTo("ab");
  }

  @Test
  void aRecordStartingOnALineAlreadyReadEndsWhereTheFailedOneWould() throws IOException {
    // given: line 1's quote spans lines 1-3 (37 bytes, over 30); from line 2 they are 13 bytes
    String text = "1,\"" + "a".repeat(20) + "\nx\"y,\"z\nend\",3\n4,w";

    // when
    List<RawRecord> records = split(text, "30B");

    // then
    assertThat(records)
        .extracting(RawRecord::line, RawRecord::text)
        .containsExactly(
            tuple(1, "1,\"" + "a".repeat(20)), tuple(2, "x\"y,\"z\nend\",3"), tuple(4, "4,w"));
  }

  @Test
  void readsNoFurtherAheadThanTheLimitAndEveryCharacterOnce() throws IOException {
    // given: every line opens a quote that no later line closes, so each line's record would run
    // to the end of the file: read again from each line, the file is read a quadratic number of
    // times, and whole, it is held in memory
    String text = KEEPS_A_QUOTE_OPEN.repeat(20_000);
    CountingReader reader = new CountingReader(new StringReader(text));
    RecordSizeLimit limit = RecordSizeLimit.of("1KB");

    // when
    List<RawRecord> records = new ArrayList<>();
    long readForTheFirst;
    try (RecordSplitter splitter = new RecordSplitter(reader, limit)) {
      records.add(splitter.next());
      readForTheFirst = reader.read;
      for (RawRecord record = splitter.next(); record != null; record = splitter.next()) {
        records.add(record);
      }
    }

    // then: the first record needs the limit and a line, plus the reader's block of 8192
    assertThat(readForTheFirst).isLessThanOrEqualTo(1024 + KEEPS_A_QUOTE_OPEN.length() + 8192);
    assertThat(reader.read).isEqualTo(text.length());
    assertThat(records).hasSize(20_000).allMatch(record -> record.malformation() != null);
    assertThat(records).extracting(RawRecord::text).containsOnly("a\"b,\"c");
  }

  @Test
  void splitsAsAScanFromEveryRecordStartWould() throws IOException {
    // given: random text of commas, quotes and line ends, against the plain definition of the
    // records (scan from each record's start; a record that is never closed or too long is its
    // first line) under several limits
    Random random = new Random(20_261_210);
    for (int sample = 0; sample < 2_000; sample++) {
      String text = randomCsv(random, 1 + random.nextInt(120));
      long limit = 1 + random.nextInt(40);

      // when
      List<RawRecord> records = split(text, limit + "B");

      // then
      assertThat(records.stream().map(HostileRecordSizeTest::outline).toList())
          .as("text %s, limit %d", text.replace("\n", "\\n").replace("\r", "\\r"), limit)
          .isEqualTo(byScanningFromEveryStart(text, limit));
    }
  }

  private static String randomCsv(Random random, int length) {
    String alphabet = "ab,,\"\"\"\n\n\r";
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  private static String outline(RawRecord record) {
    return record.line() + "|" + record.text() + "|" + (record.malformation() != null);
  }

  /** The records of ASCII text by RFC 4180's quoting, each scanned from its start. */
  private static List<String> byScanningFromEveryStart(String text, long limit) {
    List<String> lines = new ArrayList<>();
    List<String> terminators = new ArrayList<>();
    Matcher breaks = Pattern.compile("\r\n|\r|\n").matcher(text);
    int from = 0;
    while (breaks.find()) {
      lines.add(text.substring(from, breaks.start()));
      terminators.add(breaks.group());
      from = breaks.end();
    }
    if (from < text.length()) {
      lines.add(text.substring(from));
      terminators.add("");
    }
    List<String> records = new ArrayList<>();
    int start = 0;
    while (start < lines.size()) {
      if (lines.get(start).isEmpty()) {
        start++;
        continue;
      }
      StringBuilder record = new StringBuilder();
      boolean quoted = false;
      boolean quoteInQuotes = false; // closes the quotes, or escapes the next quote
      boolean fieldStart = true;
      int end = start;
      for (; end < lines.size(); end++) {
        for (char c : lines.get(end).toCharArray()) {
          if (quoteInQuotes) {
            quoteInQuotes = false;
            quoted = c == '"';
            fieldStart = c == ',';
          } else if (quoted) {
            quoteInQuotes = c == '"';
          } else {
            quoted = c == '"' && fieldStart;
            fieldStart = c == ',';
          }
          record.append(c);
        }
        if (!quoted || quoteInQuotes) {
          break;
        }
        record.append(terminators.get(end));
      }
      boolean closed = end < lines.size();
      if (closed && record.length() <= limit) {
        records.add((start + 1) + "|" + record + "|false");
        start = end + 1;
      } else {
        String first = lines.get(start);
        records.add(
            (start + 1)
                + "|"
                + first.substring(0, (int) Math.min(first.length(), limit))
                + "|true");
        start++;
      }
    }
    return records;
  }

  private static Tuple tuple(long line, String text) {
    return Tuple.tuple(line, text);
  }

  private static List<RawRecord> split(String text, String limit) throws IOException {
    List<RawRecord> records = new ArrayList<>();
    try (RecordSplitter splitter =
        new RecordSplitter(new StringReader(text), RecordSizeLimit.of(limit))) {
      for (RawRecord record = splitter.next(); record != null; record = splitter.next()) {
        records.add(record);
      }
    }
    return records;
  }

  /** Counts the characters a reader hands out. */
  private static final class CountingReader extends Reader {

    private final Reader reader;
    private long read;

    CountingReader(Reader reader) {
      this.reader = reader;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int count = reader.read(buffer, offset, length);
      read += Math.max(count, 0);
      return count;
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }
}
