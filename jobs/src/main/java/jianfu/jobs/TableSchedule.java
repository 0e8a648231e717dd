package jianfu.jobs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Function;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;

/**
 * Ingests tables on a few worker threads (ingest.workers), each table once the tables it needs
 * (Contract.tablesNeededBy: the tables it refers to, returns for the reporting years) have
 * completed, since its references resolve against their published rows. Tables are started in load
 * order whenever a worker is free, so one worker ingests them exactly one after another. Once a
 * table fails no other is started; those already running finish.
 */
final class TableSchedule {

  private final Contract contract;
  private final int workers;

  TableSchedule(Contract contract, int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("ingest.workers must be at least 1, not " + workers);
    }
    this.contract = contract;
    this.workers = workers;
  }

  int workers() {
    return workers;
  }

  /**
   * Ingests {@code tables} (in load order) and calls {@code ended} as each table ends, from the
   * calling thread.
   *
   * @return the outcome of every table started, in the order they ended
   */
  Map<SourceTable, TableOutcome> run(
      List<SourceTable> tables,
      Function<SourceTable, TableOutcome> ingest,
      BiConsumer<SourceTable, TableOutcome> ended)
      throws InterruptedException {
    Set<String> requested = new HashSet<>(tables.stream().map(SourceTable::table).toList());
    Set<String> completed = new HashSet<>();
    List<SourceTable> waiting = new ArrayList<>(tables);
    Map<SourceTable, TableOutcome> outcomes = new LinkedHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      CompletionService<Ended> running = new ExecutorCompletionService<>(pool);
      int started = 0;
      boolean failed = false;
      while (true) {
        while (!failed && started - outcomes.size() < workers) {
          Optional<SourceTable> next = ready(waiting, requested, completed);
          if (next.isEmpty()) {
            break;
          }
          waiting.remove(next.get());
          running.submit(() -> new Ended(next.get(), ingest.apply(next.get())));
          started++;
        }
        if (started == outcomes.size()) {
          return outcomes;
        }
        Ended end = result(running);
        outcomes.put(end.table(), end.outcome());
        ended.accept(end.table(), end.outcome());
        if (end.outcome() instanceof TableOutcome.Completed) {
          completed.add(end.table().table());
        } else {
          failed = true;
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private record Ended(SourceTable table, TableOutcome outcome) {}

  /** The first waiting table whose requested needs have all completed. */
  private Optional<SourceTable> ready(
      List<SourceTable> waiting, Set<String> requested, Set<String> completed) {
    return waiting.stream()
        .filter(
            table ->
                contract.tablesNeededBy(table).stream()
                    .filter(requested::contains)
                    .allMatch(completed::contains))
        .findFirst();
  }

  private static Ended result(CompletionService<Ended> running) throws InterruptedException {
    try {
      return running.take().get();
    } catch (ExecutionException e) {
      // TableIngestion turns every failure of a job into an outcome; anything else is a bug
      throw new IllegalStateException("a table's ingestion failed unexpectedly", e.getCause());
    }
  }
}
