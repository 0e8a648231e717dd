package jianfu.dashboards.serving;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import jianfu.schemas.DuckDbSql;

/**
 * Threads that keep reading the served file as Superset does, each query on a connection of its own
 * (NullPool, read-only): open, read every table's row count and checksum, close. They count how
 * often they saw each version of the file and keep every failure.
 */
final class ServedFileReaders implements AutoCloseable {

  /** Driver settings for a connection with a DuckDB instance of its own. */
  static final Map<String, String> OWN_INSTANCE =
      Map.of("jdbc_instance_cache", "false", "threads", "1");

  private final Path served;
  private final List<String> tables;
  private final Map<Map<String, String>, Long> observations = new ConcurrentHashMap<>();
  private final Queue<Exception> failures = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final List<Thread> threads = new ArrayList<>();

  ServedFileReaders(Path served, List<String> tables, int count) {
    this.served = served;
    this.tables = tables;
    for (int i = 0; i < count; i++) {
      Thread thread = new Thread(this::readUntilClosed, "served-file-reader-" + i);
      threads.add(thread);
      thread.start();
    }
  }

  /**
   * The version a new connection with these driver settings sees: per table, {@code
   * <rows>/<checksum of every row>}.
   */
  static Map<String, String> observe(Path served, List<String> tables, Map<String, String> settings)
      throws SQLException {
    Map<String, String> version = new LinkedHashMap<>();
    try (Connection connection = ServedFileReport.openReadOnly(served.toString(), settings);
        Statement statement = connection.createStatement()) {
      for (String table : tables) {
        try (ResultSet rows =
            statement.executeQuery(
                "SELECT count(*), sum(hash(t)) FROM " + DuckDbSql.identifier(table) + " AS t")) {
          rows.next();
          version.put(table, rows.getLong(1) + "/" + rows.getString(2));
        }
      }
    }
    return version;
  }

  private void readUntilClosed() {
    while (!stopping.get()) {
      try {
        observations.merge(observe(served, tables, OWN_INSTANCE), 1L, Long::sum);
      } catch (SQLException | RuntimeException e) {
        failures.add(e);
      }
    }
  }

  /** How many times each version was seen, so far. */
  Map<Map<String, String>, Long> observations() {
    return Map.copyOf(observations);
  }

  long timesSeen(Map<String, String> version) {
    return observations.getOrDefault(version, 0L);
  }

  List<Exception> failures() {
    return List.copyOf(failures);
  }

  @Override
  public void close() throws InterruptedException {
    stopping.set(true);
    for (Thread thread : threads) {
      thread.join();
    }
  }
}
