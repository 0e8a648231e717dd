package jianfu.jobs.ingest.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import jianfu.jobs.ingest.read.RefusedFileException;
import jianfu.jobs.ingest.read.SourceHeader;
import jianfu.schemas.SourceTable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Before any row of a JDBC source is read: refuses a query whose result lacks a column every row of
 * the table must have (as a file's header is checked), and for an incremental source fixes the
 * run's PullWindow in the job's execution context.
 */
public class PullWindowTasklet implements Tasklet {

  private static final Logger log = LoggerFactory.getLogger(PullWindowTasklet.class);

  private final SourceTable table;
  private final JdbcSource source;
  private final Path publishedRaw;

  /**
   * @param publishedRaw the table's published raw Parquet file, where the last publication
   *     remembered its watermark
   */
  public PullWindowTasklet(SourceTable table, JdbcSource source, Path publishedRaw) {
    this.table = table;
    this.source = source;
    this.publishedRaw = publishedRaw;
  }

  @Override
  public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext)
      throws SQLException {
    try (Connection connection = source.dataSource().getConnection()) {
      checkColumns(labels(connection));
      if (source.incremental()) {
        PullWindow window = window(connection);
        log.info(
            "{}: pulling the rows whose {} is {}",
            table.table(),
            window.column(),
            window.incremental()
                ? "above " + window.after() + ", up to " + window.upTo()
                : "up to " + window.upTo() + " or null (a full pull)");
        window.putInto(
            chunkContext
                .getStepContext()
                .getStepExecution()
                .getJobExecution()
                .getExecutionContext());
      }
    }
    return RepeatStatus.FINISHED;
  }

  /** Refuses the source as a file is refused for its header; warns of columns it ignores. */
  private void checkColumns(List<String> labels) {
    String name = JdbcSource.sourceName(table.table());
    List<String> unknown =
        new ArrayList<>(
            SourceHeader.of(name, labels, i -> "column " + (i + 1), table).unknownColumns());
    Predicate<String> watermark = label -> label.equalsIgnoreCase(source.watermark());
    if (source.incremental() && labels.stream().noneMatch(watermark)) {
      throw new RefusedFileException(
          name
              + " is refused: its query has no column '"
              + source.watermark()
              + "', the watermark configured in ingest.sources."
              + table.table()
              + ".jdbc.watermark");
    }
    unknown.removeIf(watermark);
    if (!unknown.isEmpty()) {
      log.warn("{}: columns {} are not in the contract and are ignored", name, unknown);
    }
  }

  /** The column labels of the query's result, without reading a row. */
  private List<String> labels(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet none =
            statement.executeQuery("SELECT * FROM (" + source.query() + ") source WHERE 1 = 0")) {
      return SourceRowMapper.labels(none.getMetaData());
    }
  }

  private PullWindow window(Connection connection) throws SQLException {
    String column = source.watermark();
    try (Statement statement = connection.createStatement();
        ResultSet greatest =
            statement.executeQuery(
                "SELECT max(" + column + ") FROM (" + source.query() + ") source")) {
      greatest.next();
      return new PullWindow(
          column,
          greatest.getMetaData().getColumnTypeName(1),
          RememberedWatermark.in(publishedRaw, column).orElse(null),
          greatest.getString(1));
    }
  }
}
