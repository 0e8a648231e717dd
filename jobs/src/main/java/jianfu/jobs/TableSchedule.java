package jianfu.jobs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
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
import java.util.function.ToLongFunction;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;

/**
 * Ingests tables on a few worker threads (ingest.workers), each table once the tables it needs
 * (Contract.tablesNeededBy: the tables it refers to, returns for the reporting years) have
 * completed, since its references resolve against their published rows. Whenever a worker is free
 * it starts, of the tables ready, the one heading the most work: its own and that of the longest
 * chain of tables waiting for it (largest first, so that the small tables fill the gaps at the end
 * instead of a large one starting last and running alone). Tables of equal work start in load
 * order, so one worker with nothing known of the work ingests them exactly one after another. Once
 * a table fails no other is started; those already running finish.
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
   * Ingests {@code tables} (in load order), {@code work} telling how much each holds (its bytes; 0
   * when unknown), and calls {@code ended} as each table ends, from the calling thread.
   *
   * @return the outcome of every table started, in the order they ended
   */
  Map<SourceTable, TableOutcome> run(
      List<SourceTable> tables,
      ToLongFunction<SourceTable> work,
      Function<SourceTable, TableOutcome> ingest,
      BiConsumer<SourceTable, TableOutcome> ended)
      throws InterruptedException {
    Set<String> requested = new HashSet<>(tables.stream().map(SourceTable::table).toList());
    Set<String> completed = new HashSet<>();
    List<SourceTable> waiting = new ArrayList<>(tables);
    waiting.sort(Comparator.comparingLong(workHeaded(tables, work)::get).reversed());
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

  /**
   * Per table, its work plus the most work of any chain of the requested tables that need it
   * (directly or through others): a table's dependants come after it in load order, so one pass
   * backwards sees every dependant's figure before the table's own.
   */
  private Map<SourceTable, Long> workHeaded(
      List<SourceTable> tablesInLoadOrder, ToLongFunction<SourceTable> work) {
    Map<SourceTable, Long> headed = new HashMap<>();
    List<SourceTable> backwards = new ArrayList<>(tablesInLoadOrder);
    Collections.reverse(backwards);
    for (SourceTable table : backwards) {
      long mostAfter =
          tablesInLoadOrder.stream()
              .filter(headed::containsKey)
              .filter(dependant -> contract.tablesNeededBy(dependant).contains(table.table()))
              .mapToLong(headed::get)
              .max()
              .orElse(0);
      headed.put(table, work.applyAsLong(table) + mostAfter);
    }
    return headed;
  }

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
