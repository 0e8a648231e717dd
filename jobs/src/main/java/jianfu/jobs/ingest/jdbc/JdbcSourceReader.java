package jianfu.jobs.ingest.jdbc;

import java.util.Optional;
import jianfu.jobs.ingest.read.SourceRow;
import jianfu.schemas.SourceTable;
import org.springframework.batch.infrastructure.item.database.JdbcCursorItemReader;
import org.springframework.batch.infrastructure.item.database.builder.JdbcCursorItemReaderBuilder;

/**
 * The stage step's reader for a JDBC source: Spring Batch's cursor reader over the configured query
 * (limited to the run's PullWindow when incremental), mapping rows with SourceRowMapper. It counts
 * the rows it reads, so a restart runs the query again and passes over the rows already committed.
 */
public final class JdbcSourceReader {

  private JdbcSourceReader() {}

  /**
   * @param fetchSize rows fetched at a time; the cursor's connection does not auto-commit, so that
   *     drivers such as PostgreSQL's stream the result instead of holding it all in memory
   */
  public static JdbcCursorItemReader<SourceRow> create(
      SourceTable table, JdbcSource source, Optional<PullWindow> window, int fetchSize) {
    JdbcCursorItemReaderBuilder<SourceRow> reader =
        new JdbcCursorItemReaderBuilder<SourceRow>()
            .name("sourceReader")
            .dataSource(source.dataSource())
            .rowMapper(new SourceRowMapper(table))
            .fetchSize(fetchSize)
            .connectionAutoCommit(false);
    window.ifPresentOrElse(
        pull ->
            reader.sql(pull.query(source.query(), table.key())).preparedStatementSetter(pull::bind),
        () -> reader.sql(source.query()));
    return reader.build();
  }
}
