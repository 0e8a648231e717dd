package jianfu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import jianfu.cli.IngestLog.TableRate;
import org.junit.jupiter.api.Test;

class IngestLogTest {

  @Test
  void eachTableLineGivesRowsReadAndSecondsFromTheRate() {
    // given the ingestion JVM's log, with other lines around the per-table ones
    List<String> log =
        List.of(
            "2026-11-26T02:40:00.001Z  INFO 77 --- [main] jianfu.jobs.IngestApplication : Started",
            "2026-11-26T02:40:01.123Z  INFO 77 --- [main] jianfu.jobs.IngestRunner :"
                + " work_items: 42000 rows read, 41950 loaded, 20 collapsed, 30 quarantined"
                + " (3500 rows/s)",
            "org_units: 135 rows read, 135 loaded, 0 collapsed, 0 quarantined (27 rows/s)",
            "ledgers: 8727 rows read");
    // when
    Map<String, TableRate> rates = IngestLog.parse(log);
    // then
    assertThat(rates).containsOnlyKeys("work_items", "org_units");
    assertThat(rates.get("work_items").rowsRead()).isEqualTo(42000);
    assertThat(rates.get("work_items").seconds()).isCloseTo(42000 / 3500.0, within(1e-9));
    assertThat(rates.get("org_units").seconds()).isCloseTo(135 / 27.0, within(1e-9));
  }

  @Test
  void aRateRoundedToZeroCountsAsOneRowPerSecond() {
    // when
    Map<String, TableRate> rates =
        IngestLog.parse(
            List.of("departments: 0 rows read, 0 loaded, 0 collapsed, 0 quarantined (0 rows/s)"));
    // then
    assertThat(rates.get("departments").seconds()).isZero();
  }

  @Test
  void theRunLineGivesTheWallTimeOfAllTablesTogether() {
    // given two tables that ran at the same time: 12 s and 5 s of their own, 12.5 s in all
    List<String> log =
        List.of(
            "work_items: 42000 rows read, 42000 loaded, 0 collapsed, 0 quarantined (3500 rows/s)",
            "org_units: 135 rows read, 135 loaded, 0 collapsed, 0 quarantined (27 rows/s)",
            "12:00:13 INFO  ingest: 2 tables, 42135 rows read in 12.500 s (workers: 2)");
    // when / then
    assertThat(IngestLog.wallSeconds(log)).hasValue(12.5);
    assertThat(IngestLog.wallSeconds(log.subList(0, 2))).isEmpty();
  }
}
