package jianfu.dashboards.superset;

import static jianfu.dashboards.superset.UnzippedBundle.list;
import static jianfu.dashboards.superset.UnzippedBundle.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import jianfu.dashboards.serving.SyntheticOutput;
import jianfu.schemas.Contract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Superset's import format, dashboards/README.md, against a real served DuckDB file built by
 * ServingDatabase from synthetic marts: every dataset is a table of the file with the same columns
 * and types (besides its calculated columns, whose expressions run there with the declared type),
 * and every chart's expressions run there.
 */
@ExtendWith(BuiltBundle.class)
class BundleOnServedDatabaseTest {

  @TempDir static Path folder;

  static UnzippedBundle bundle;

  static Connection served;

  @BeforeAll
  static void serveSyntheticMarts(UnzippedBundle built) throws Exception {
    bundle = built;
    Path file = SyntheticOutput.servedDatabase(Contract.load(), folder.resolve("output"), 3);
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true"); // as the bundle's database opens it
    served = DriverManager.getConnection("jdbc:duckdb:" + file, readOnly);
  }

  @AfterAll
  static void close() throws SQLException {
    served.close();
  }

  @Test
  void everyDatasetIsAServedTableWithTheSameColumnsAndTypes() throws SQLException {
    for (Map.Entry<String, Map<String, Object>> file : bundle.configs("datasets").entrySet()) {
      // given
      Map<String, Object> dataset = file.getValue();
      Map<String, String> declared = new LinkedHashMap<>();
      list(dataset.get("columns")).stream()
          .map(UnzippedBundle::map)
          .filter(column -> column.get("expression") == null)
          .forEach(column -> declared.put((String) column.get("column_name"), type(column)));

      // when
      Map<String, String> actual =
          servedColumns((String) dataset.get("schema"), (String) dataset.get("table_name"));

      // then
      assertThat(declared).as(file.getKey()).isNotEmpty().containsExactlyEntriesOf(actual);
    }
  }

  @Test
  void everyCalculatedColumnRunsOnItsTableWithItsDeclaredType() throws SQLException {
    int calculated = 0;
    for (Map.Entry<String, Map<String, Object>> file : bundle.configs("datasets").entrySet()) {
      Map<String, Object> dataset = file.getValue();
      for (Object described : list(dataset.get("columns"))) {
        Map<String, Object> column = map(described);
        if (column.get("expression") == null) {
          continue;
        }
        calculated++;
        // given: Superset puts the expression in the query of the dataset's table, as here
        String sql =
            "SELECT "
                + column.get("expression")
                + " FROM "
                + dataset.get("schema")
                + "."
                + dataset.get("table_name");

        // when
        String type;
        try (Statement statement = served.createStatement();
            ResultSet rows = statement.executeQuery(sql)) {
          type = rows.getMetaData().getColumnTypeName(1);
        }

        // then
        assertThat(type)
            .as(file.getKey() + " " + column.get("column_name"))
            .isEqualTo(type(column));
      }
    }
    assertThat(calculated).as("calculated columns in the bundle").isPositive();
  }

  @Test
  void everyChartsColumnsMetricsAndFiltersRunOnTheServedFile() {
    bundle
        .configs("charts")
        .forEach(
            (path, chart) -> {
              String sql = ChartQuery.sql(map(chart.get("params")), bundle.datasetOf(chart));
              try (Statement statement = served.createStatement();
                  ResultSet rows = statement.executeQuery(sql)) {
                assertThat(rows.getMetaData().getColumnCount()).as(path).isPositive();
              } catch (SQLException e) {
                throw new AssertionError(path + " does not run: " + sql, e);
              }
            });
  }

  private static String type(Map<String, Object> column) {
    return (String) column.get("type");
  }

  private static Map<String, String> servedColumns(String schema, String table)
      throws SQLException {
    Map<String, String> columns = new LinkedHashMap<>();
    try (PreparedStatement query =
        served.prepareStatement(
            "SELECT column_name, data_type FROM information_schema.columns"
                + " WHERE table_schema = ? AND table_name = ? ORDER BY ordinal_position")) {
      query.setString(1, schema);
      query.setString(2, table);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          columns.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    return columns;
  }
}
