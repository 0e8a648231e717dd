package jianfu.pipelines;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Models computed side by side: each starts, on a pool of {@value #AT_ONCE} threads, as soon as the
 * models it lists as inputs are computed, so that Spark's driver plans one model while the
 * executors run another's tasks (Spark's scheduler takes jobs from several threads). When a model
 * fails, the models that read it fail with it, no model starts any more, the ones under way finish,
 * and {@link #awaitAll} rethrows the first failure; {@link #close} leaves no thread running.
 */
final class SharedModels implements AutoCloseable {

  /** Two cores: one model planned while another runs; more only queue for the same cores. */
  static final int AT_ONCE = 2;

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE, namedThreads());
  private final List<CompletableFuture<?>> all = new ArrayList<>();
  private final AtomicReference<Throwable> firstFailure = new AtomicReference<>();

  /** {@code model}, computed once its {@code inputs} are. */
  <T> SharedModel<T> of(Supplier<T> model, SharedModel<?>... inputs) {
    CompletableFuture<T> computed =
        CompletableFuture.allOf(
                Stream.of(inputs).map(SharedModel::future).toArray(CompletableFuture[]::new))
            .thenApplyAsync(inputsComputed -> startUnlessFailed(model), pool);
    computed.whenComplete((value, failure) -> recordFailure(failure));
    all.add(computed);
    return new SharedModel<>(computed);
  }

  /**
   * {@code model} computed once, now, with its rows kept on the executors' disks and its lineage
   * cut short: a later plan reads those rows instead of re-planning the model's whole query. Cached
   * frames kept their full plans, which Spark analysed and optimised again inside every query that
   * read them (docs/benchmarks.md, "Spark's fixed cost"). On disk, not in memory first: a
   * province's models outgrow the heap's storage share, and rows read back as written were faster
   * than objects evicted and spilled (82.6 s of marts instead of 91.8 s; the same at district and
   * city, where the files stay in the page cache). An executor lost on a cluster loses its rows and
   * fails the run, which leaves the previous marts in place.
   */
  SharedModel<Dataset<Row>> computedOnce(Supplier<Dataset<Row>> model, SharedModel<?>... inputs) {
    return of(() -> model.get().localCheckpoint(true, StorageLevel.DISK_ONLY()), inputs);
  }

  /** When all of {@code models} are computed, in {@link System#nanoTime()}'s terms. */
  CompletableFuture<Long> computedAt(Collection<? extends SharedModel<?>> models) {
    return CompletableFuture.allOf(
            models.stream().map(SharedModel::future).toArray(CompletableFuture[]::new))
        .thenApply(computed -> System.nanoTime());
  }

  /** Waits until every model is computed or failed; rethrows the first failure. */
  void awaitAll() {
    try {
      CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get();
    } catch (ExecutionException e) {
      // every model has settled; the first failure says what went wrong
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pool.shutdownNow();
      throw new IllegalStateException("interrupted while computing the shared models", e);
    }
    Throwable failure = firstFailure.get();
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    if (failure != null) {
      throw new IllegalStateException(failure);
    }
  }

  /** No model starts any more; waits for the ones under way. */
  @Override
  public void close() {
    pool.shutdown();
    try {
      pool.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while computing the shared models", e);
    }
  }

  private <T> T startUnlessFailed(Supplier<T> model) {
    if (firstFailure.get() != null) {
      throw new CancellationException("not started: another model failed");
    }
    return model.get();
  }

  private void recordFailure(Throwable failure) {
    Throwable cause = failure;
    while (cause instanceof CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause != null && !(cause instanceof CancellationException)) {
      firstFailure.compareAndSet(null, cause);
    }
  }

  /** Daemon threads, named for thread dumps, so a JVM never waits on an idle pool to exit. */
  private static ThreadFactory namedThreads() {
    int pool = POOLS.incrementAndGet();
    AtomicInteger thread = new AtomicInteger();
    return runnable -> {
      Thread named = new Thread(runnable, "shared-models-" + pool + "-" + thread.incrementAndGet());
      named.setDaemon(true);
      return named;
    };
  }
}
