package jianfu.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import jianfu.jobs.ingest.OutputLayout;
import jianfu.jobs.testing.PostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile postgres-repository keeps Spring Batch's job repository in PostgreSQL. */
class PostgresRepositoryIT {

  private static final PostgresServer POSTGRES = PostgresServer.shared();

  @TempDir Path input;
  @TempDir Path output;

  @Test
  void theProfileKeepsTheJobRepositoryInPostgresql() throws Exception {
    // given: the server named as the environment would name it
    Files.writeString(
        input.resolve("departments.csv"), "dept_code,dept_name,category\nD01,民政局,GOVERNMENT\n");
    String url = POSTGRES.createDatabase("job_repository");
    String[] command = {
      "--input",
      input.toString(),
      "--output",
      output.toString(),
      "--tables",
      "departments",
      "--spring.profiles.active=postgres-repository",
      "--JIANFU_REPOSITORY_URL=" + url,
      "--JIANFU_REPOSITORY_USERNAME=" + POSTGRES.username()
    };

    // when: twice, the second time with Spring Batch's tables already there
    int first = IngestApplication.run(command);
    int second = IngestApplication.run(command);

    // then
    assertThat(first).isZero();
    assertThat(second).isZero();
    assertThat(
            query(
                """
                SELECT e.status || '|' || p.parameter_value
                FROM batch_job_execution e JOIN batch_job_execution_params p
                  ON p.job_execution_id = e.job_execution_id AND p.parameter_name = 'table'
                ORDER BY e.job_execution_id
                """))
        .containsExactly("COMPLETED|departments", "COMPLETED|departments");
    try (var work = Files.list(OutputLayout.work(output))) {
      assertThat(work).noneMatch(file -> file.getFileName().toString().startsWith("jobrepo"));
    }
  }

  private static List<String> query(String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection connection = POSTGRES.connect("job_repository");
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        rows.add(result.getString(1));
      }
    }
    return rows;
  }
}
