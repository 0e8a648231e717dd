package jianfu.schemas;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Part of the hostile-input suite: output folders whose names are H2 or DuckDB syntax. */
class EmbeddedDatabasePathsTest {

  @TempDir Path folder;

  @Test
  void aSemicolonIsRefusedForH2NamingTheFolder() {
    Path output = folder.resolve("out;INIT=RUNSCRIPT FROM 'x.sql'");

    assertThatThrownBy(() -> EmbeddedDatabasePaths.check(output))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("';' in " + output + " cannot be used")
        .hasMessageContaining("H2");
  }

  @Test
  void aQuestionMarkIsRefusedForDuckDbNamingTheFolder() {
    Path output = folder.resolve("out?x=1");

    assertThatThrownBy(() -> EmbeddedDatabasePaths.check(output))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'?' in " + output + " cannot be used")
        .hasMessageContaining("write-ahead log");
  }

  @Test
  void aRelativeFolderIsNamedAsTheAbsolutePathTheDatabasesWouldBeGiven() {
    Path relative = Path.of("out;x");

    assertThatThrownBy(() -> EmbeddedDatabasePaths.check(relative))
        .hasMessageContaining("';' in " + relative.toAbsolutePath() + " cannot be used");
  }

  @Test
  void quotesSpacesWildcardsPercentAndNonAsciiAreCarried() {
    assertThatCode(
            () -> EmbeddedDatabasePaths.check(folder.resolve("it's \"q\" a[1] *{a,b} 中文 %20 =x")))
        .doesNotThrowAnyException();
  }
}
