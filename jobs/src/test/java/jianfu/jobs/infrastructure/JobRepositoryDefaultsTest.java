package jianfu.jobs.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Part of the hostile-input suite: output folders whose names are H2 URL syntax. */
class JobRepositoryDefaultsTest {

  @TempDir Path folder;

  @Test
  void anOutputFolderWithASemicolonIsRefusedNamingItSoThatH2RunsNothingFromItsName() {
    // given a folder name that H2 would read as an INIT setting running SQL
    Path output = folder.resolve("out;INIT=RUNSCRIPT FROM '" + folder.resolve("evil.sql") + "'");

    assertThatThrownBy(() -> JobRepositoryDefaults.forOutput(output))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("';'")
        .hasMessageContaining(output.toString())
        .hasMessageContaining("H2");
  }

  @Test
  void everyOtherCharacterReachesH2AsPartOfTheFileName() throws Exception {
    // given quotes, spaces, wildcards, '=', '%' and Chinese in the output folder's name
    Path output = folder.resolve("it's \"q\" a[1] *{a,b}? %20 =x 中文");
    Files.createDirectories(output.resolve("work"));
    String url = (String) JobRepositoryDefaults.forOutput(output).get("spring.datasource.url");

    // when
    try (Connection h2 = DriverManager.getConnection(url);
        Statement statement = h2.createStatement()) {
      statement.execute("CREATE TABLE probe (x INT)");
    }

    // then the repository is the one file under work/, and nothing else was written
    try (Stream<Path> files = Files.walk(folder)) {
      assertThat(files.filter(Files::isRegularFile).toList())
          .isEqualTo(List.of(output.resolve("work").resolve("jobrepo.mv.db")));
    }
  }
}
