package jianfu.oracle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jianfu.pipelines.validation.ValidationRules;
import jianfu.schemas.Contract;
import jianfu.schemas.DuckDbSql;
import jianfu.schemas.OutputTable;
import jianfu.schemas.SourceTable;
import jianfu.schemas.settings.IndicatorSettings;
import jianfu.schemas.settings.PublicationSettings;
import jianfu.schemas.settings.ReportingSettings;
import jianfu.schemas.settings.SocialOrganisationSettings;
import jianfu.schemas.settings.ValidationSettings;

/**
 * The oracle: the marts of docs/indicators.md computed a second way, by the plain DuckDB SQL under
 * {@code sql/} (intermediate models, then marts), written from the definitions without looking at
 * the Spark pipeline. An in-memory DuckDB reads the raw Parquet through one view per source table
 * (an empty table when the folder is absent), the settings through {@link SettingsTables}, the
 * contract's lists (measures, rating dimensions) through {@link ContractTables}, then builds the
 * intermediate models and the marts in contract order, each mart a table later marts may read.
 */
public final class DuckDbMarts {

  private static final String SQL_FOLDER = "sql/";

  /** The shared intermediate models, each after the ones it reads. */
  private static final List<String> INTERMEDIATE_MODELS =
      List.of(
          "int_reporting_years",
          "int_communities",
          "int_area_communities",
          "int_community_years",
          "int_department_years",
          "int_records_admitted",
          "int_reported",
          "int_applications_in_force",
          "int_tasks_entrusted",
          "int_rating_scores");

  private DuckDbMarts() {}

  /** Every mart of the contract, by name, in contract order. */
  public static Map<String, ComputedMart> compute(
      Contract contract,
      Path rawDir,
      IndicatorSettings settings,
      PublicationSettings publication,
      ReportingSettings reporting,
      ValidationSettings validation,
      SocialOrganisationSettings socialOrganisations)
      throws SQLException, IOException {
    try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = duckDb.createStatement()) {
      Map<String, ComputedMart> marts = new LinkedHashMap<>();
      for (String mart :
          build(
                  duckDb,
                  contract,
                  rawDir,
                  settings,
                  publication,
                  reporting,
                  validation,
                  socialOrganisations)
              .keySet()) {
        try (ResultSet rows = statement.executeQuery("FROM " + mart)) {
          marts.put(mart, ComputedMart.of(rows));
        }
      }
      return marts;
    }
  }

  /**
   * Builds every mart of the contract as a table of {@code duckDb} and returns the seconds each
   * took, in contract order; the intermediate models are built first, as tables, and their time is
   * the first mart's. A validation rule jianfu refuses throws before anything is built.
   */
  public static Map<String, Double> build(
      Connection duckDb,
      Contract contract,
      Path rawDir,
      IndicatorSettings settings,
      PublicationSettings publication,
      ReportingSettings reporting,
      ValidationSettings validation,
      SocialOrganisationSettings socialOrganisations)
      throws SQLException, IOException {
    ValidationRules rules = ValidationRules.of(validation, contract);
    try (Statement statement = duckDb.createStatement()) {
      // A ratio with nothing to divide by is null (docs/indicators.md); DuckDB 2 would give
      // Infinity.
      statement.execute("SET ieee_floating_point_ops = false");
      statement.execute("SET error_on_division_by_zero = false");
      for (SourceTable source : contract.sources()) {
        statement.execute(sourceView(source, rawDir.resolve(source.table())));
      }
      SettingsTables.create(duckDb, settings, publication, reporting, socialOrganisations);
      ContractTables.create(duckDb, contract);
      // Materialised once, as Spark caches its intermediate models: the bench then compares each
      // engine at its best, and their time goes to the first mart, as Spark's does.
      long started = System.nanoTime();
      for (String model : INTERMEDIATE_MODELS) {
        statement.execute("CREATE TABLE " + model + " AS " + sql("intermediate/" + model));
      }
      Map<String, Double> seconds = new LinkedHashMap<>();
      for (OutputTable mart : contract.marts()) {
        String query = sql("marts/" + mart.table());
        if (mart.table().equals(ValidationRuleSql.MART)) {
          query = ValidationRuleSql.fill(query, rules);
        }
        statement.execute("CREATE TABLE " + mart.table() + " AS " + query);
        seconds.put(mart.table(), (System.nanoTime() - started) / 1e9);
        started = System.nanoTime();
      }
      return seconds;
    }
  }

  private static String sourceView(SourceTable source, Path folder) throws IOException {
    List<Path> files = DuckDbSql.parquetFilesIn(folder);
    if (files.isEmpty()) {
      return ContractDdl.createTable(source);
    }
    return "CREATE VIEW %s AS SELECT %s FROM read_parquet(%s)"
        .formatted(source.table(), ContractDdl.columnList(source), DuckDbSql.fileList(files));
  }

  private static String sql(String model) {
    String resource = SQL_FOLDER + model + ".sql";
    try (InputStream in = DuckDbMarts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("oracle SQL missing from the classpath: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
