package jianfu.pipelines;

import java.util.concurrent.CompletableFuture;

/**
 * A model (or mart) that {@link SharedModels} computes: its value, for the models that list it as
 * an input and, once every model is computed, for the marts.
 */
final class SharedModel<T> {

  private final CompletableFuture<T> computed;

  SharedModel(CompletableFuture<T> computed) {
    this.computed = computed;
  }

  /**
   * The computed value. A model starts only once its inputs are computed, so a model that reads one
   * it did not list fails here at once instead of waiting on a thread of the pool.
   */
  T get() {
    if (!computed.isDone()) {
      throw new IllegalStateException("a model read a model it does not list among its inputs");
    }
    return computed.join();
  }

  /** Whether it was computed (and did not fail); once every model has settled. */
  boolean computed() {
    return computed.isDone() && !computed.isCompletedExceptionally();
  }

  CompletableFuture<T> future() {
    return computed;
  }
}
