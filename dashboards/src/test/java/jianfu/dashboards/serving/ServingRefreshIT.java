package jianfu.dashboards.serving;

import static jianfu.dashboards.serving.ServedFileReaders.OWN_INSTANCE;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jianfu.schemas.Contract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Superset opens the served file read-only for every query while {@code ./jianfu run} may be
 * building the next one: a refresh must never make a query fail nor show a half-built database.
 */
class ServingRefreshIT {

  /** Every table has this many rows in one build and the other many in the next. */
  private static final int SMALL = 2;

  private static final int LARGE = 5;
  private static final int READERS = 3;
  private static final int REFRESHES = 4;
  private static final Duration NEW_VERSION_SEEN_WITHIN = Duration.ofSeconds(60);
  private static final Map<String, String> SHARED_INSTANCE = Map.of();

  private final ServingDatabase serving = new ServingDatabase(Contract.load());

  @TempDir Path output;

  @Test
  void readersDuringRefreshesNeverFailAndAlwaysSeeOneWholeBuild() throws Exception {
    // given the two versions the file is refreshed between, differing in every table
    List<String> tables = tables();
    Path served = build(SMALL);
    Map<String, String> small = ServedFileReaders.observe(served, tables, OWN_INSTANCE);
    build(LARGE);
    Map<String, String> large = ServedFileReaders.observe(served, tables, OWN_INSTANCE);
    for (String table : tables) {
      assertThat(small.get(table)).as("%s in both versions", table).isNotEqualTo(large.get(table));
    }

    // when readers keep querying while the file is rebuilt as one version, then the other
    ServedFileReaders readers = new ServedFileReaders(served, tables, READERS);
    try (readers) {
      for (int refresh = 0; refresh < REFRESHES; refresh++) {
        boolean toSmall = refresh % 2 == 0;
        Map<String, String> next = toSmall ? small : large;
        long seenBefore = readers.timesSeen(next);
        build(toSmall ? SMALL : LARGE);
        awaitSeen(readers, next, seenBefore);
      }
    }

    // then no reader failed, and each saw one build or the other, whole
    assertThat(readers.failures()).isEmpty();
    assertThat(readers.observations().keySet()).containsExactlyInAnyOrder(small, large);
    // and the refreshes left nothing beside the served file (no WAL, no temporary file)
    try (Stream<Path> files = Files.list(served.getParent())) {
      assertThat(files).containsExactly(served);
    }
  }

  @Test
  void aProcessWithTheFileOpenSeesTheWholePreviousBuildUntilItClosesItsConnections()
      throws Exception {
    // given a served build, held open in this process: DuckDB (JDBC and Python alike) shares one
    // database instance among a process's connections to the same path
    List<String> tables = tables();
    Path served = build(SMALL);
    Map<String, String> small = ServedFileReaders.observe(served, tables, SHARED_INSTANCE);
    Map<String, String> stillSeen;
    try (Connection open = ServedFileReport.openReadOnly(served.toString(), SHARED_INSTANCE)) {
      // when the file is refreshed, and the process opens another connection meanwhile
      build(LARGE);
      stillSeen = ServedFileReaders.observe(served, tables, SHARED_INSTANCE);
    }

    // then that connection still reads the previous file, whole
    assertThat(stillSeen).isEqualTo(small);
    // and once the process's connections are closed, the next one reads the new build
    assertThat(ServedFileReaders.observe(served, tables, SHARED_INSTANCE))
        .isEqualTo(ServedFileReaders.observe(served, tables, OWN_INSTANCE))
        .isNotEqualTo(small);
  }

  private List<String> tables() {
    return serving.tables(output).stream().map(table -> table.declaration().table()).toList();
  }

  private Path build(int rows) throws Exception {
    SyntheticOutput.writeTables(serving, output, rows);
    return serving.build(output);
  }

  /** New queries see a refreshed file at once; waits for a reader to report it. */
  private static void awaitSeen(
      ServedFileReaders readers, Map<String, String> version, long seenBefore)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(NEW_VERSION_SEEN_WITHIN);
    while (readers.timesSeen(version) == seenBefore && Instant.now().isBefore(deadline)) {
      Thread.sleep(10);
    }
    assertThat(readers.timesSeen(version))
        .as("times the readers saw the new version; their failures: %s", readers.failures())
        .isGreaterThan(seenBefore);
  }
}
