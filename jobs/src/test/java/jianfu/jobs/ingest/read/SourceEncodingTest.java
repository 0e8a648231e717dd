package jianfu.jobs.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceEncodingTest {

  private static final Charset GB18030 = Charset.forName("GB18030");

  @TempDir Path input;

  @Test
  void utf8TextWithOrWithoutByteOrderMarkIsUtf8() throws IOException {
    // given
    Path plain = write("plain.csv", "title\n养老台账\n".getBytes(StandardCharsets.UTF_8));
    Path marked = write("marked.csv", "\uFEFFtitle\n养老台账\n".getBytes(StandardCharsets.UTF_8));

    // when, then
    assertThat(SourceEncoding.detected().of(plain)).isEqualTo(StandardCharsets.UTF_8);
    assertThat(SourceEncoding.detected().of(marked)).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void textThatIsNotUtf8ButGb18030IsGb18030() throws IOException {
    // given: 养老台账 in GB18030 starts with D1 F8, a UTF-8 lead byte without its continuation
    Path file = write("ledgers.csv", "title\n养老台账\n".getBytes(GB18030));

    // when, then
    assertThat(SourceEncoding.detected().of(file)).isEqualTo(GB18030);
  }

  @Test
  void aConfiguredCharsetIsUsedEvenWhereUtf8WouldDecode() throws IOException {
    // given: 台 in GB18030 is CC A8, which is also UTF-8 (U+0328): detection would say UTF-8
    Path file = write("ledgers.csv", "title\n台\n".getBytes(GB18030));

    // when, then
    assertThat(SourceEncoding.detected().of(file)).isEqualTo(StandardCharsets.UTF_8);
    assertThat(SourceEncoding.configured("GB18030").of(file)).isEqualTo(GB18030);
    assertThat(SourceEncoding.configured("gbk").of(file)).isEqualTo(Charset.forName("GBK"));
  }

  @Test
  void aFileNeitherCharsetDecodesIsRefusedWithTheOffsetOfEachOnesFirstBadByte() throws IOException {
    // given: "title\n" is bytes 0-5; 啊 in GB18030 is B0 A1 (bytes 6-7, B0 cannot start a UTF-8
    // character); "\n" is byte 8; FF (byte 9) is neither UTF-8 nor GB18030
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("title\n啊\n".getBytes(GB18030));
    bytes.write(0xFF);
    bytes.writeBytes("\n".getBytes(GB18030));
    Path file = write("ledgers-2.csv", bytes.toByteArray());

    // when, then
    assertThatThrownBy(() -> SourceEncoding.detected().of(file))
        .isInstanceOf(RefusedFileException.class)
        .hasMessage(
            "ledgers-2.csv is refused: it is neither UTF-8 text (the byte at offset 6 cannot be"
                + " decoded) nor GB18030 text (the byte at offset 9 cannot be decoded)");
  }

  @Test
  void theOffsetCountsEveryByteBeforeTheBadOneAcrossReadBlocks() throws IOException {
    // given: 100,000 bytes of text (more than one read block), then 80, which GB18030 lacks
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("台账\n".getBytes(GB18030)); // 5 bytes
    bytes.writeBytes("a".repeat(99_995).getBytes(GB18030));
    bytes.write(0x80);
    Path file = write("ledgers.csv", bytes.toByteArray());

    // when, then
    assertThatThrownBy(() -> SourceEncoding.configured("GB18030").of(file))
        .isInstanceOf(RefusedFileException.class)
        .hasMessage(
            "ledgers.csv is refused: it is not GB18030 text (the byte at offset 100000 cannot be"
                + " decoded)");
  }

  @Test
  void aBlankConfigurationMeansDetectedAndAnUnknownCharsetIsAnError() throws IOException {
    // given
    Path file = write("ledgers.csv", "title\n养老台账\n".getBytes(GB18030));

    // when, then
    assertThat(SourceEncoding.configured(null).of(file)).isEqualTo(GB18030);
    assertThat(SourceEncoding.configured(" ").of(file)).isEqualTo(GB18030);
    assertThatThrownBy(() -> SourceEncoding.configured("GB-NONE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'GB-NONE' is not a charset Java knows");
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(input.resolve(name), bytes);
  }
}
