package jianfu.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import jianfu.jobs.ingest.IngestCounts;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;
import org.junit.jupiter.api.Test;

class TableScheduleTest {

  private static final TableOutcome COMPLETED =
      new TableOutcome.Completed(new IngestCounts(0, 0, 0, 0, 0), Duration.ZERO);

  private static final ToLongFunction<SourceTable> NOTHING_KNOWN = table -> 0;

  private final Contract contract = Contract.load();
  private final List<SourceTable> all = contract.sourcesInLoadOrder();

  @Test
  void oneWorkerIngestsTheTablesOneAfterAnotherInLoadOrder() throws Exception {
    // given
    List<String> started = Collections.synchronizedList(new ArrayList<>());

    // when
    new TableSchedule(contract, 1)
        .run(all, NOTHING_KNOWN, table -> recorded(started, table), (table, outcome) -> {});

    // then
    assertThat(started).containsExactlyElementsOf(all.stream().map(SourceTable::table).toList());
  }

  @Test
  void noTableStartsBeforeTheTablesItNeedsHaveCompleted() throws Exception {
    // given: three workers, so that a table would start early if the schedule let it
    Set<String> completed = ConcurrentHashMap.newKeySet();
    List<String> startedTooEarly = Collections.synchronizedList(new ArrayList<>());
    Function<SourceTable, TableOutcome> ingest =
        table -> {
          if (!completed.containsAll(contract.tablesNeededBy(table))) {
            startedTooEarly.add(table.table());
          }
          pause();
          completed.add(table.table());
          return COMPLETED;
        };

    // when
    Map<SourceTable, TableOutcome> outcomes =
        new TableSchedule(contract, 3).run(all, NOTHING_KNOWN, ingest, (table, outcome) -> {});

    // then
    assertThat(outcomes).hasSize(all.size());
    assertThat(startedTooEarly).isEmpty();
  }

  @Test
  void twoWorkersIngestTwoIndependentTablesAtTheSameTime() throws Exception {
    // given: org_units and departments need nothing; each waits until the other has started
    CountDownLatch bothStarted = new CountDownLatch(2);
    Function<SourceTable, TableOutcome> ingest =
        table -> {
          bothStarted.countDown();
          return await(bothStarted) ? COMPLETED : TableOutcome.Failed.error("ran alone");
        };

    // when
    Map<SourceTable, TableOutcome> outcomes =
        new TableSchedule(contract, 2)
            .run(
                List.of(contract.source("org_units"), contract.source("departments")),
                NOTHING_KNOWN,
                ingest,
                (table, outcome) -> {});

    // then
    assertThat(outcomes.values()).containsOnly(COMPLETED);
  }

  @Test
  void afterAFailureNoOtherTableStarts() throws Exception {
    // given: departments fails while org_units is still running (it ends only once the failure
    // was reported)
    List<String> started = Collections.synchronizedList(new ArrayList<>());
    List<String> ended = new ArrayList<>();
    CountDownLatch failureReported = new CountDownLatch(1);
    Function<SourceTable, TableOutcome> ingest =
        table -> {
          started.add(table.table());
          if (table.table().equals("departments")) {
            return TableOutcome.Failed.error("refused");
          }
          await(failureReported);
          return COMPLETED;
        };

    // when
    Map<SourceTable, TableOutcome> outcomes =
        new TableSchedule(contract, 2)
            .run(
                all,
                NOTHING_KNOWN,
                ingest,
                (table, outcome) -> {
                  ended.add(table.table());
                  failureReported.countDown();
                });

    // then: org_units, already running, ends; nothing else is started
    assertThat(started).containsExactlyInAnyOrder("org_units", "departments");
    assertThat(ended).containsExactly("departments", "org_units");
    assertThat(outcomes.get(contract.source("departments")))
        .isInstanceOf(TableOutcome.Failed.class);
  }

  @Test
  void ofTheTablesReadyTheOneHeadingTheMostWorkStartsFirst() throws Exception {
    // given: one worker; ratings (large) and activities (small) both need only org_units and
    // departments, and nothing needs either of them
    List<String> started = Collections.synchronizedList(new ArrayList<>());
    List<SourceTable> tables =
        List.of("org_units", "departments", "activities", "ratings").stream()
            .map(contract::source)
            .toList();
    Map<String, Long> bytes =
        Map.of("org_units", 10L, "departments", 20L, "activities", 100L, "ratings", 5_000L);

    // when
    new TableSchedule(contract, 1)
        .run(
            tables,
            table -> bytes.get(table.table()),
            table -> recorded(started, table),
            (table, outcome) -> {});

    // then: departments first (it heads ratings' chain, as org_units does, and holds more), then
    // org_units, then ratings before activities though activities comes first in load order
    assertThat(started).containsExactly("departments", "org_units", "ratings", "activities");
  }

  @Test
  void refusesFewerThanOneWorker() {
    assertThatThrownBy(() -> new TableSchedule(contract, 0))
        .hasMessage("ingest.workers must be at least 1, not 0");
  }

  private static TableOutcome recorded(List<String> started, SourceTable table) {
    started.add(table.table());
    return COMPLETED;
  }

  private static boolean await(CountDownLatch latch) {
    try {
      return latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
