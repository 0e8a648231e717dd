package jianfu.oracle;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import jianfu.schemas.settings.IndicatorSettings;
import jianfu.schemas.settings.IndicatorSettings.Deduction;
import jianfu.schemas.settings.PublicationSettings;
import jianfu.schemas.settings.ReportingSettings;
import jianfu.schemas.settings.SocialOrganisationSettings;

/**
 * The indicator settings as the tables the oracle SQL reads, so that the SQL holds no number of its
 * own: {@code settings} (one row: baseline year, deduction rules, completeness threshold and the
 * social organisations' target per 10,000 residents), {@code rating_weights} (ratee type,
 * dimension, weight), {@code grade_thresholds} (grade, lowest score) and {@code publication} (one
 * row: suppression threshold, as-of date).
 */
final class SettingsTables {

  private SettingsTables() {}

  static void create(
      Connection duckDb,
      IndicatorSettings settings,
      PublicationSettings publication,
      ReportingSettings reporting,
      SocialOrganisationSettings socialOrganisations)
      throws SQLException {
    try (Statement statement = duckDb.createStatement()) {
      statement.execute(
          "CREATE TABLE settings (baseline_year INTEGER, per_unadmitted_record DOUBLE,"
              + " unadmitted_cap DOUBLE, funding_fulfilment_below DOUBLE, funding_penalty DOUBLE,"
              + " completeness_threshold DOUBLE, target_per_10k_residents DOUBLE,"
              + " new_registrations_goal INTEGER)");
      statement.execute(
          "CREATE TABLE rating_weights (ratee_type VARCHAR, dimension VARCHAR, weight DOUBLE)");
      statement.execute("CREATE TABLE grade_thresholds (grade VARCHAR, min_score DOUBLE)");
      statement.execute("CREATE TABLE publication (suppression_threshold INTEGER, as_of DATE)");
    }
    insert(
        duckDb,
        "publication",
        publication.suppressionThreshold(),
        java.sql.Date.valueOf(publication.resolved().asOf()));
    Deduction deduction = settings.deduction();
    insert(
        duckDb,
        "settings",
        settings.baselineYear(),
        deduction.perUnadmittedRecord(),
        deduction.unadmittedCap(),
        deduction.fundingFulfilmentBelow(),
        deduction.fundingPenalty(),
        reporting.completenessThreshold(),
        socialOrganisations.targetPer10kResidents(),
        socialOrganisations.newRegistrationsGoal());
    insertWeights(duckDb, "DEPARTMENT", settings.departmentWeights());
    insertWeights(duckDb, "COMMUNITY", settings.communityWeights());
    for (Map.Entry<String, Double> grade : settings.grades().entrySet()) {
      insert(duckDb, "grade_thresholds", grade.getKey(), grade.getValue());
    }
  }

  private static void insertWeights(
      Connection duckDb, String rateeType, Map<String, Double> weights) throws SQLException {
    for (Map.Entry<String, Double> weight : weights.entrySet()) {
      insert(duckDb, "rating_weights", rateeType, weight.getKey(), weight.getValue());
    }
  }

  private static void insert(Connection duckDb, String table, Object... values)
      throws SQLException {
    String placeholders = "?" + ", ?".repeat(values.length - 1);
    try (PreparedStatement insert =
        duckDb.prepareStatement("INSERT INTO " + table + " VALUES (" + placeholders + ")")) {
      for (int i = 0; i < values.length; i++) {
        insert.setObject(i + 1, values[i]);
      }
      insert.execute();
    }
  }
}
