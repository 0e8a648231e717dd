package jianfu.dashboards.superset;

import static jianfu.dashboards.superset.UnzippedBundle.map;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(BuiltBundle.class)
class HeadlineChartsTest {

  @Test
  void theBigNumbersShowTheDistrictsReductionInTheHeadlineYearNotALaterProvisionalOne(
      UnzippedBundle bundle) throws SQLException {
    // given district rows for four years (not in year order), 2026 provisional, and a street row
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE burden_summary (year INTEGER, level VARCHAR, status VARCHAR,"
              + " headline_year INTEGER, work_items_reduction_pct DECIMAL(10,1),"
              + " activities_reduction_pct DECIMAL(10,1), signboards_reduction_pct DECIMAL(10,1),"
              + " ledger_volumes_reduction_pct DECIMAL(10,1))");
      statement.execute(
          "INSERT INTO burden_summary VALUES"
              + " (2023, 'DISTRICT', 'FINAL', 2025, 0.0, 0.0, 0.0, 0.0),"
              + " (2026, 'DISTRICT', 'PROVISIONAL', 2025, 95.0, 98.0, 97.0, 99.0),"
              + " (2025, 'DISTRICT', 'FINAL', 2025, 60.0, 85.0, 75.0, 85.0),"
              + " (2024, 'DISTRICT', 'FINAL', 2025, 30.0, 40.0, 50.0, 45.5),"
              + " (2025, 'STREET', 'FINAL', 2025, 99.0, 99.0, 99.0, 99.0)");

      // when / then: 2025's district figures, as fractions shown in percent format
      assertThat(value(statement, bundle, "headline_work_items_reduction")).isEqualTo(0.60);
      assertThat(value(statement, bundle, "headline_activities_reduction")).isEqualTo(0.85);
      assertThat(value(statement, bundle, "headline_signboards_reduction")).isEqualTo(0.75);
      assertThat(value(statement, bundle, "headline_ledger_volumes_reduction")).isEqualTo(0.85);
      // and the headline year is named
      assertThat(value(statement, bundle, "headline_year")).isEqualTo(2025);
    }
  }

  private static double value(Statement statement, UnzippedBundle bundle, String chartName)
      throws SQLException {
    Map<String, Object> chart = bundle.config("charts/" + chartName + ".yaml");
    String sql = ChartQuery.sql(map(chart.get("params")), bundle.datasetOf(chart));
    try (ResultSet row = statement.executeQuery(sql)) {
      assertThat(row.next()).isTrue();
      return row.getDouble(1);
    }
  }
}
