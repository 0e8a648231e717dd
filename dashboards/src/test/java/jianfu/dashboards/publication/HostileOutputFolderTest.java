package jianfu.dashboards.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Part of the hostile-input suite: the public figures of a run whose output folder's name is URL,
 * SQL and glob syntax, beside a folder that the name, read as a pattern, would match.
 */
class HostileOutputFolderTest {

  private static final String HOSTILE = "it's \"q\" ;threads=1 a[1] *{a,b} 中文";

  /** What the name matches as a DuckDB glob: [1] is 1, * any text ({ is no wildcard there). */
  private static final String MATCHED_BY_ITS_PATTERN = "it's \"q\" ;threads=1 a1 x{a,b} 中文";

  @TempDir Path folder;

  @Test
  void namesTheAreasFromTheServedFileOfExactlyThisOutputFolder() throws Exception {
    // given a run here, and another, its areas named otherwise, where the name matches as a pattern
    Path output = folder.resolve(HOSTILE);
    Path served = PublishedRun.served(output);
    Path decoy = folder.resolve(MATCHED_BY_ITS_PATTERN);
    PublishedRun.served(decoy, PublishedRun.HOSTILE);

    // when
    PublicFigures figures = PublicFigures.read(served);

    // then: every area named once, from this folder's served file only
    assertThat(figures.district(2025, "work_items"))
        .hasValueSatisfying(district -> assertThat(district.areaName()).isEqualTo("海陵区"));
    assertThat(figures.observations())
        .extracting(o -> o.year() + " " + o.areaCode() + " " + o.indicatorCode())
        .doesNotHaveDuplicates();
    try (Stream<Path> files = Files.walk(folder)) {
      assertThat(files.filter(Files::isRegularFile))
          .allMatch(file -> file.startsWith(output) || file.startsWith(decoy));
    }
  }
}
