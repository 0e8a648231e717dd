package jianfu.dashboards.superset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields Superset's v1 importer accepts in every version since 1.0, with the type each must
 * load as (Superset's import format, dashboards/README.md). Anything else fails the import with
 * "Unknown field." somewhere; a null where the field is not nullable fails with "Field may not be
 * null.".
 */
final class PortableFields {

  record Field(String name, Class<?> type, boolean required, boolean nullable) {}

  static final Map<String, Field> METADATA =
      fields(required("version", String.class), optional("timestamp", String.class));

  static final Map<String, Field> DATABASE =
      fields(
          required("database_name", String.class),
          required("sqlalchemy_uri", String.class),
          required("uuid", String.class),
          required("version", String.class),
          nullable("password", String.class),
          nullable("cache_timeout", Integer.class),
          optional("expose_in_sqllab", Boolean.class),
          optional("allow_run_async", Boolean.class),
          optional("allow_ctas", Boolean.class),
          optional("allow_cvas", Boolean.class),
          // popped without a default by most versions' import_database
          required("allow_csv_upload", Boolean.class),
          required("extra", Map.class));

  /** Only the keys known since 1.0 (rule 16); newer ones fail older importers. */
  static final Map<String, Field> DATABASE_EXTRA =
      fields(
          optional("metadata_params", Map.class),
          optional("engine_params", Map.class),
          optional("metadata_cache_timeout", Map.class),
          optional("schemas_allowed_for_csv_upload", List.class),
          optional("cost_estimate_enabled", Boolean.class));

  static final Map<String, Field> DATASET =
      fields(
          required("table_name", String.class),
          required("uuid", String.class),
          required("database_uuid", String.class),
          required("version", String.class),
          nullable("schema", String.class),
          nullable("main_dttm_col", String.class),
          nullable("description", String.class),
          nullable("default_endpoint", String.class),
          nullable("fetch_values_predicate", String.class),
          optional("offset", Integer.class),
          nullable("cache_timeout", Integer.class),
          nullable("sql", String.class),
          nullable("params", Map.class),
          nullable("template_params", Map.class),
          optional("filter_select_enabled", Boolean.class),
          nullable("extra", Map.class),
          optional("columns", List.class),
          optional("metrics", List.class));

  static final Map<String, Field> COLUMN =
      fields(
          required("column_name", String.class),
          nullable("verbose_name", String.class),
          nullable("is_dttm", Boolean.class),
          nullable("is_active", Boolean.class),
          nullable("type", String.class),
          optional("groupby", Boolean.class),
          optional("filterable", Boolean.class),
          nullable("expression", String.class),
          nullable("description", String.class),
          nullable("python_date_format", String.class));

  static final Map<String, Field> METRIC =
      fields(
          required("metric_name", String.class),
          required("expression", String.class),
          nullable("verbose_name", String.class),
          nullable("metric_type", String.class),
          nullable("description", String.class),
          nullable("d3format", String.class),
          nullable("warning_text", String.class),
          nullable("extra", Map.class));

  static final Map<String, Field> CHART =
      fields(
          required("slice_name", String.class),
          required("viz_type", String.class),
          required("params", Map.class),
          required("uuid", String.class),
          required("version", String.class),
          required("dataset_uuid", String.class),
          nullable("cache_timeout", Integer.class));

  static final Map<String, Field> DASHBOARD =
      fields(
          required("dashboard_title", String.class),
          required("uuid", String.class),
          required("version", String.class),
          required("position", Map.class),
          required("metadata", Map.class),
          nullable("description", String.class),
          nullable("css", String.class),
          nullable("slug", String.class));

  private PortableFields() {}

  /** What is wrong with {@code config} against {@code fields}, one line per problem. */
  static List<String> violations(Map<String, Object> config, Map<String, Field> fields) {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Object> entry : config.entrySet()) {
      Field field = fields.get(entry.getKey());
      Object value = entry.getValue();
      if (field == null) {
        problems.add(entry.getKey() + ": not a portable field");
      } else if (value == null && !field.nullable()) {
        problems.add(entry.getKey() + ": null but not nullable");
      } else if (value != null && !field.type().isInstance(value)) {
        problems.add(
            entry.getKey()
                + ": loads as "
                + value.getClass().getSimpleName()
                + ", must be "
                + field.type().getSimpleName());
      }
    }
    fields.values().stream()
        .filter(field -> field.required() && !config.containsKey(field.name()))
        .forEach(field -> problems.add(field.name() + ": missing"));
    return problems;
  }

  private static Field required(String name, Class<?> type) {
    return new Field(name, type, true, false);
  }

  private static Field optional(String name, Class<?> type) {
    return new Field(name, type, false, false);
  }

  private static Field nullable(String name, Class<?> type) {
    return new Field(name, type, false, true);
  }

  private static Map<String, Field> fields(Field... fields) {
    Map<String, Field> byName = new LinkedHashMap<>();
    for (Field field : fields) {
      byName.put(field.name(), field);
    }
    return byName;
  }
}
