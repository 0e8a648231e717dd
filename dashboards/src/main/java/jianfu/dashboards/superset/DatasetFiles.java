package jianfu.dashboards.superset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import jianfu.dashboards.serving.DerivedTable;
import jianfu.dashboards.serving.DisplayNames;
import jianfu.dashboards.serving.ServingDatabase;
import jianfu.schemas.Contract;
import jianfu.schemas.OutputColumn;
import jianfu.schemas.OutputTable;
import jianfu.schemas.SqlTypes;

/**
 * Derives the bundle's datasets from the contract: one physical dataset per served table the charts
 * read (the marts, the ingestion warnings, the derived tables), with the table's columns, their
 * DuckDB types as served, bilingual names, declared definitions as descriptions, and date columns
 * marked as time columns. Only the fields every Superset version since 1.0 accepts are written
 * (Superset's import format, dashboards/README.md). The files are committed under {@code
 * dashboards/superset/datasets/}; a test fails when they drift from what this class derives.
 */
public final class DatasetFiles {

  /** Superset's own exports group datasets by database name; the folder is cosmetic. */
  static final String FOLDER = "datasets/jianfu";

  private final List<OutputTable> tables;

  public DatasetFiles(List<OutputTable> tables) {
    this.tables = List.copyOf(tables);
  }

  /**
   * The datasets the bundle's charts read: every mart, the ingestion warnings and the served tables
   * derived for the dashboards (the returns to chase).
   */
  public static DatasetFiles of(Contract contract) {
    List<OutputTable> tables = new ArrayList<>(contract.marts());
    tables.add(contract.ingestWarnings());
    // The names tables feed the name columns (DisplayNames), not a chart of their own.
    ServingDatabase.derivedTables().stream()
        .map(DerivedTable::declaration)
        .filter(table -> !DisplayNames.isNamesTable(table.table()))
        .forEach(tables::add);
    return new DatasetFiles(tables);
  }

  /** Bundle path (e.g. {@code datasets/jianfu/burden_summary.yaml}) to file text, in mart order. */
  public Map<String, String> render() {
    Map<String, String> files = new LinkedHashMap<>();
    for (OutputTable mart : tables) {
      String path = FOLDER + "/" + mart.table() + ".yaml";
      files.put(path, BundleYaml.write(dataset(mart, path)));
    }
    return files;
  }

  /** Replaces the dataset files under {@code supersetFolder} with what {@link #render} gives. */
  public void writeTo(Path supersetFolder) throws IOException {
    Path folder = supersetFolder.resolve(FOLDER);
    Files.createDirectories(folder);
    try (Stream<Path> stale = Files.list(folder)) {
      for (Path file : stale.toList()) {
        Files.delete(file);
      }
    }
    for (Map.Entry<String, String> file : render().entrySet()) {
      Files.writeString(
          supersetFolder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
  }

  private static Map<String, Object> dataset(OutputTable mart, String path) {
    List<Map<String, Object>> columns = new ArrayList<>();
    String mainTimeColumn = null;
    for (OutputColumn column : mart.columns()) {
      Map<String, Object> described = column(column);
      if (Boolean.TRUE.equals(described.get("is_dttm")) && mainTimeColumn == null) {
        mainTimeColumn = column.name();
      }
      columns.add(described);
      DisplayNames.ofCodeColumn(column.name())
          .filter(names -> !names.namesTable().equals(mart.table()))
          .filter(names -> !mart.columnNames().contains(DisplayNames.nameColumnFor(column.name())))
          .ifPresent(names -> columns.add(nameColumn(mart, column, names)));
    }
    Map<String, Object> dataset = new LinkedHashMap<>();
    dataset.put("table_name", mart.table());
    dataset.put("schema", "main");
    dataset.put("main_dttm_col", mainTimeColumn);
    dataset.put("description", mart.label() + " / " + mart.description());
    dataset.put("default_endpoint", null);
    dataset.put("offset", 0);
    dataset.put("cache_timeout", null);
    dataset.put("sql", null);
    dataset.put("params", null);
    dataset.put("template_params", null);
    dataset.put("filter_select_enabled", true);
    dataset.put("fetch_values_predicate", null);
    dataset.put("extra", null);
    dataset.put("uuid", AssetUuids.of(path).toString());
    dataset.put("metrics", List.of(rowCount()));
    dataset.put("columns", columns);
    dataset.put("version", SupersetBundle.IMPORT_VERSION);
    dataset.put("database_uuid", AssetUuids.of(SupersetBundle.DATABASE_FILE).toString());
    return dataset;
  }

  private static Map<String, Object> column(OutputColumn column) {
    String type = SqlTypes.of(column.type());
    Map<String, Object> described = new LinkedHashMap<>();
    described.put("column_name", column.name());
    described.put("verbose_name", column.label() + " / " + column.englishLabel());
    described.put("is_dttm", type.equals("DATE") || type.startsWith("TIMESTAMP"));
    described.put("is_active", true);
    described.put("type", type);
    described.put("groupby", true);
    described.put("filterable", true);
    described.put("expression", null);
    // The declared definition, shown as the column's tooltip; null where none is declared.
    described.put("description", column.definition());
    described.put("python_date_format", null);
    return described;
  }

  /**
   * A calculated column beside a column of org unit or department codes: the code's name, for the
   * charts' axes (the table's own name column, where it has one, is used instead).
   */
  private static Map<String, Object> nameColumn(
      OutputTable mart, OutputColumn code, DisplayNames names) {
    Map<String, Object> described = column(code);
    described.put("column_name", DisplayNames.nameColumnFor(code.name()));
    described.put(
        "verbose_name", code.label().replace("代码", "名称") + " / " + code.englishLabel() + " (name)");
    described.put("expression", names.of(mart.table() + "." + code.name()));
    described.put(
        "description",
        "The name of the "
            + code.englishLabel().toLowerCase(Locale.ROOT)
            + " (the code where the run has none).");
    return described;
  }

  /** The metric Superset itself adds to every dataset it creates. */
  private static Map<String, Object> rowCount() {
    Map<String, Object> metric = new LinkedHashMap<>();
    metric.put("metric_name", "count");
    metric.put("verbose_name", "记录数 / Rows");
    metric.put("metric_type", "count");
    metric.put("expression", "COUNT(*)");
    metric.put("description", null);
    metric.put("d3format", null);
    metric.put("extra", null);
    metric.put("warning_text", null);
    return metric;
  }
}
