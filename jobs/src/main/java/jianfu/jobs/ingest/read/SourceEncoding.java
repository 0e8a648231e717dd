package jianfu.jobs.ingest.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.ReadableByteChannel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How the files of a table are decoded: with the charset configured for the table, or, when none
 * is, with the first of UTF-8 and GB18030 that decodes the whole file. A file no candidate decodes
 * is refused, naming the offset of the first byte each candidate could not decode.
 */
public final class SourceEncoding {

  private static final List<Charset> DETECTED =
      List.of(StandardCharsets.UTF_8, Charset.forName("GB18030"));
  private static final int BLOCK = 1 << 16;
  private static final long DECODABLE = -1;

  private final List<Charset> candidates;

  private SourceEncoding(List<Charset> candidates) {
    this.candidates = candidates;
  }

  /** UTF-8, else GB18030. */
  public static SourceEncoding detected() {
    return new SourceEncoding(DETECTED);
  }

  /** The charset named in the configuration (GB18030, GBK, UTF-8 ...); blank means detected. */
  public static SourceEncoding configured(String charsetName) {
    if (charsetName == null || charsetName.isBlank()) {
      return detected();
    }
    try {
      return new SourceEncoding(List.of(Charset.forName(charsetName.trim())));
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new IllegalArgumentException("'" + charsetName + "' is not a charset Java knows", e);
    }
  }

  /**
   * The charset that decodes all of {@code file}, read as a stream (a file is never held in
   * memory); a file that no candidate decodes is refused.
   */
  public Charset of(Path file) throws IOException {
    List<String> failures = new ArrayList<>();
    for (Charset charset : candidates) {
      long offset = firstUndecodableByte(file, charset);
      if (offset == DECODABLE) {
        return charset;
      }
      failures.add(charset.name() + " text (the byte at offset " + offset + " cannot be decoded)");
    }
    throw new RefusedFileException(
        file.getFileName()
            + " is refused: it is "
            + (failures.size() == 1 ? "not " : "neither ")
            + String.join(" nor ", failures));
  }

  /** Strict decoders: the default replaces bad bytes, which would hide a wrong charset. */
  static CharsetDecoder strictDecoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The offset (from 0) of the first byte {@code charset} cannot decode, DECODABLE if none. */
  private static long firstUndecodableByte(Path file, Charset charset) throws IOException {
    CharsetDecoder decoder = strictDecoder(charset);
    ByteBuffer in = ByteBuffer.allocate(BLOCK);
    CharBuffer out = CharBuffer.allocate(BLOCK);
    long passed = 0;
    try (ReadableByteChannel channel = Files.newByteChannel(file)) {
      while (true) {
        boolean end = channel.read(in) < 0;
        in.flip();
        CoderResult result;
        do {
          out.clear();
          result = decoder.decode(in, out, end);
        } while (result.isOverflow());
        if (result.isError()) {
          return passed + in.position();
        }
        if (end) {
          return DECODABLE;
        }
        passed += in.position();
        in.compact();
      }
    }
  }
}
