package jianfu.jobs.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PhysicalLinesTest {

  /** The reader's buffer holds 8192 characters; a line longer than that spans buffers. */
  private static final int BUFFER = 8192;

  private static final String EMOJI = "😀"; // a surrogate pair: 2 chars, 4 bytes of UTF-8

  @Test
  void readsALineAcrossBuffersWithAPairSplitBetweenThem() throws Exception {
    // given: a line whose emoji starts on the buffer's last character
    String line = "a".repeat(BUFFER - 1) + EMOJI + "台账,\"x\"".repeat(2000);
    PhysicalLines lines = lines(line + "\r\nnext\n", 1 << 20);

    // when
    PhysicalLine first = lines.next();
    PhysicalLine second = lines.next();

    // then
    assertThat(first.text()).isEqualTo(line);
    assertThat(first.bytes()).isEqualTo(line.getBytes(StandardCharsets.UTF_8).length);
    assertThat(first.terminator()).isEqualTo("\r\n");
    assertThat(first.opensQuote()).isFalse();
    assertThat(second.number()).isEqualTo(2);
    assertThat(second.text()).isEqualTo("next");
    assertThat(lines.next()).isNull();
  }

  @Test
  void keepsWholeCharactersWhenTheLimitFallsInsideAPairSplitBetweenBuffers() throws Exception {
    // given: the limit lets the pair's first half in, not its second; the halves are in two buffers
    String line = "a".repeat(BUFFER - 1) + EMOJI + "bbb";
    long limit = BUFFER - 1 + 2;

    // when
    PhysicalLine read = lines(line + "\n", limit).next();

    // then: the text stops before the pair; the size is the whole line's
    assertThat(read.text()).isEqualTo("a".repeat(BUFFER - 1));
    assertThat(read.bytes()).isEqualTo(BUFFER - 1 + 4 + 3);
  }

  @Test
  void tellsALineThatOpensAQuoteItDoesNotClose() throws Exception {
    PhysicalLines lines = lines("a,\"b\nc\",d\n", 1 << 20);

    PhysicalLine first = lines.next();
    PhysicalLine second = lines.next();

    assertThat(first.opensQuote()).isTrue();
    assertThat(second.staysQuoted()).isFalse();
    assertThat(second.opensQuote()).isFalse();
  }

  private static PhysicalLines lines(String text, long limit) {
    return new PhysicalLines(new StringReader(text), new RecordSizeLimit(limit, limit + "B"));
  }
}
