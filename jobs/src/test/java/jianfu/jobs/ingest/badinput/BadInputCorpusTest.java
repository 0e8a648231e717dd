package jianfu.jobs.ingest.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import jianfu.jobs.ingest.validate.Reason;
import org.junit.jupiter.api.Test;

/**
 * What the bad-input corpus must cover (BadInputCorpusIT runs it): every quarantine reason, every
 * warning, every way a file is refused, identical duplicates collapsing; and the README lists every
 * case.
 */
class BadInputCorpusTest {

  /**
   * A fragment of each message RefusedFileException is thrown with (CsvDocument, SourceHeader,
   * SourceEncoding).
   */
  private static final List<String> REFUSALS =
      List.of(
          "it has no header row",
          "its header row cannot be read",
          "its header names the column",
          "is blank; every column before the last named one needs a name",
          "its header has no column",
          "cannot be decoded");

  private static final Path README = Path.of("README.md");
  private static final String CORPUS_SECTION = "## Bad-input corpus";

  @Test
  void hasAtLeastThirtyCasesCoveringEveryReasonAndEveryWarning() throws Exception {
    // when
    List<BadInputCase> corpus = BadInputCase.all();

    // then
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(30);
    assertThat(
            corpus.stream()
                .flatMap(badInput -> badInput.expected().quarantined().stream())
                .map(Expectation.Flagged::reason))
        .containsAll(Arrays.stream(Reason.values()).map(Reason::name).toList());
    assertThat(
            corpus.stream()
                .flatMap(badInput -> badInput.expected().warned().stream())
                .map(Expectation.Flagged::reason))
        .containsAll(Warnings.declared())
        .isNotEmpty();
    assertThat(corpus)
        .anySatisfy(badInput -> assertThat(badInput.expected().collapsed()).isPositive());
  }

  @Test
  void refusesFilesInEveryWayTheJobCan() throws Exception {
    // when
    List<String> refusals =
        BadInputCase.all().stream()
            .map(badInput -> badInput.expected().refused())
            .filter(Objects::nonNull)
            .map(Expectation.Refusal::messageContains)
            .toList();

    // then
    assertThat(REFUSALS)
        .allSatisfy(
            refusal ->
                assertThat(refusals).anySatisfy(message -> assertThat(message).contains(refusal)));
  }

  @Test
  void theReadmeListsEveryCase() throws Exception {
    // given
    String readme = Files.readString(README);
    String section = readme.substring(readme.indexOf(CORPUS_SECTION));

    // when
    List<String> cases = BadInputCase.all().stream().map(BadInputCase::name).toList();

    // then
    assertThat(cases).allSatisfy(name -> assertThat(section).contains("| `" + name + "` |"));
  }
}
