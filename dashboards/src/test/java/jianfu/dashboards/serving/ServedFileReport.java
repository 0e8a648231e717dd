package jianfu.dashboards.serving;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What a reader sees in a served file: every table with its row count, every column with its type,
 * non-null count, and smallest and largest value as the driver returns them (Java class and text).
 *
 * <p>Uses nothing but java.sql, so {@link #main} runs in a JVM whose only DuckDB is an older
 * driver, and the same report made with the current driver is what it is compared with.
 */
public final class ServedFileReport {

  private ServedFileReport() {}

  /** Prints the DuckDB version, then the report of the file {@code args[0]}, opened read-only. */
  public static void main(String[] args) throws SQLException {
    try (Connection connection = openReadOnly(args[0], Map.of())) {
      System.out.println(single(connection, "SELECT version()"));
      lines(connection).forEach(System.out::println);
    }
  }

  /** A read-only connection, as Superset opens the served file, with other driver settings. */
  static Connection openReadOnly(String file, Map<String, String> settings) throws SQLException {
    Properties properties = new Properties();
    properties.putAll(settings);
    properties.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + file, properties);
  }

  /**
   * {@code table <name> <rows>} per table and {@code column <table> <name> <type> <non-null> <min>
   * <max>} per column, tab-separated, tables by name and columns in table order.
   */
  static List<String> lines(Connection connection) throws SQLException {
    List<String> lines = new ArrayList<>();
    for (String table :
        column(
            connection,
            "SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = 'main' ORDER BY table_name")) {
      lines.add(
          String.join("\t", "table", table, single(connection, "SELECT count(*) FROM " + table)));
      try (Statement statement = connection.createStatement();
          ResultSet columns =
              statement.executeQuery(
                  "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '"
                      + table
                      + "' ORDER BY ordinal_position")) {
        while (columns.next()) {
          lines.add(columnLine(connection, table, columns.getString(1), columns.getString(2)));
        }
      }
    }
    return lines;
  }

  private static String columnLine(Connection connection, String table, String column, String type)
      throws SQLException {
    String quoted = '"' + column + '"'; // contract names are snake_case
    try (Statement statement = connection.createStatement();
        ResultSet values =
            statement.executeQuery(
                "SELECT count("
                    + quoted
                    + "), min("
                    + quoted
                    + "), max("
                    + quoted
                    + ") FROM "
                    + table)) {
      values.next();
      return String.join(
          "\t",
          "column",
          table,
          column,
          type,
          values.getString(1),
          typed(values.getObject(2)),
          typed(values.getObject(3)));
    }
  }

  private static String typed(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName() + ":" + value;
  }

  private static List<String> column(Connection connection, String query) throws SQLException {
    List<String> values = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(query)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private static String single(Connection connection, String query) throws SQLException {
    return column(connection, query).get(0);
  }
}
