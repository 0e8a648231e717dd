package jianfu.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Command lines refused before anything starts: exit code 2, the reason and the usage. */
@ExtendWith(OutputCaptureExtension.class)
class IngestCommandTest {

  @TempDir Path input;

  @Test
  void anArgumentThatIsNoSpringPropertyIsRefused(CapturedOutput console) {
    // when
    int exitCode =
        IngestCommand.run("--input", input.toString(), "--output", "out", "--chunk_size", "9");

    // then
    assertThat(exitCode).isEqualTo(2);
    assertThat(console.getErr())
        .contains("unknown argument '--chunk_size'")
        .contains("Usage: IngestApplication --input DIR --output DIR");
  }

  @Test
  void strictIsAnOptionOfValidate(CapturedOutput console) {
    // when
    int exitCode = IngestCommand.run("--strict", "--input", input.toString(), "--output", "out");

    // then
    assertThat(exitCode).isEqualTo(2);
    assertThat(console.getErr()).contains("--strict is an option of --validate");
  }

  @Test
  void anEmptyInputIsMissingNotTheWorkingFolder(CapturedOutput console) {
    // when
    int exitCode = IngestCommand.run("--input=", "--output", "out");

    // then
    assertThat(exitCode).isEqualTo(2);
    assertThat(console.getErr()).contains("--input is required");
  }

  @Test
  void aMissingInputFolderIsNamedEscaped(CapturedOutput console) {
    // when
    int exitCode =
        IngestCommand.run("--input", input.resolve("gone\u001b[2J").toString(), "--output", "out");

    // then
    assertThat(exitCode).isEqualTo(2);
    assertThat(console.getErr()).contains("does not exist").doesNotContain("\u001b");
  }

  @Test
  void anAtSignIsANameNotAFileOfArguments(CapturedOutput console) {
    // when
    int exitCode = IngestCommand.run("--input", input.toString(), "@arguments.txt");

    // then
    assertThat(exitCode).isEqualTo(2);
    assertThat(console.getErr()).contains("unknown argument '@arguments.txt'");
  }
}
