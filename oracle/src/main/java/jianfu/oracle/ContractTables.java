package jianfu.oracle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import jianfu.schemas.Contract;
import jianfu.schemas.Measure;
import jianfu.schemas.OutputColumn;
import jianfu.schemas.OutputTable;

/**
 * The lists the contract declares, as tables and types the oracle SQL reads, so that the SQL names
 * no measure, dataset or rating dimension of its own and a measure added to contract.yml reaches
 * every mart that lists the measures (the formulas stay written by hand):
 *
 * <ul>
 *   <li>{@code measures} (position, measure, dataset) and the ENUM type {@code measure}, its values
 *       in contract order, for the pivots whose columns are one per measure;
 *   <li>{@code mart_columns} (mart, column_name, unit, decimals): what every mart column declares;
 *   <li>{@code rating_dimensions} (ratee_type, position, dimension, score_column) and the ENUM
 *       types {@code department_score} and {@code community_score} of the score columns: the
 *       dimensions ratings.dimension allows for each ratee type.
 * </ul>
 */
final class ContractTables {

  private static final String RATINGS = "ratings";
  private static final List<String> RATEE_TYPES = List.of("DEPARTMENT", "COMMUNITY");

  private ContractTables() {}

  static void create(Connection duckDb, Contract contract) throws SQLException {
    try (Statement statement = duckDb.createStatement()) {
      statement.execute(
          "CREATE TABLE measures (position INTEGER, measure VARCHAR, dataset VARCHAR)");
      statement.execute(
          "CREATE TABLE mart_columns (mart VARCHAR, column_name VARCHAR, unit VARCHAR,"
              + " decimals INTEGER)");
      statement.execute(
          "CREATE TABLE rating_dimensions (ratee_type VARCHAR, position INTEGER,"
              + " dimension VARCHAR, score_column VARCHAR)");
      insertMeasures(duckDb, contract.measures());
      insertMartColumns(duckDb, contract.marts());
      insertRatingDimensions(duckDb, contract);
      statement.execute(
          "CREATE TYPE measure AS ENUM (SELECT measure FROM measures ORDER BY position)");
      for (String rateeType : RATEE_TYPES) {
        statement.execute(
            ("CREATE TYPE %s_score AS ENUM (SELECT score_column FROM rating_dimensions"
                    + " WHERE ratee_type = '%s' ORDER BY position)")
                .formatted(rateeType.toLowerCase(Locale.ROOT), rateeType));
      }
    }
  }

  private static void insertMeasures(Connection duckDb, List<Measure> measures)
      throws SQLException {
    try (PreparedStatement insert =
        duckDb.prepareStatement("INSERT INTO measures VALUES (?, ?, ?)")) {
      for (int position = 0; position < measures.size(); position++) {
        Measure measure = measures.get(position);
        insert.setInt(1, position);
        insert.setString(2, measure.name());
        insert.setString(3, measure.dataset());
        insert.execute();
      }
    }
  }

  private static void insertMartColumns(Connection duckDb, List<OutputTable> marts)
      throws SQLException {
    try (PreparedStatement insert =
        duckDb.prepareStatement("INSERT INTO mart_columns VALUES (?, ?, ?, ?)")) {
      for (OutputTable mart : marts) {
        for (OutputColumn column : mart.columns()) {
          insert.setString(1, mart.table());
          insert.setString(2, column.name());
          insert.setString(3, column.unit());
          insert.setObject(4, column.decimals());
          insert.execute();
        }
      }
    }
  }

  /** The score column of a dimension, e.g. score_task_completion, as the scorecards name it. */
  private static void insertRatingDimensions(Connection duckDb, Contract contract)
      throws SQLException {
    try (PreparedStatement insert =
        duckDb.prepareStatement(
            "INSERT INTO rating_dimensions VALUES (?, ?, ?, 'score_' || lower(?))")) {
      for (String rateeType : RATEE_TYPES) {
        List<String> dimensions =
            contract.source(RATINGS).column("dimension").allowedBy().allowedFor(rateeType);
        for (int position = 0; position < dimensions.size(); position++) {
          insert.setString(1, rateeType);
          insert.setInt(2, position);
          insert.setString(3, dimensions.get(position));
          insert.setString(4, dimensions.get(position));
          insert.execute();
        }
      }
    }
  }
}
