package jianfu.pipelines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Models computed side by side: the order their inputs impose, and a failure. */
class SharedModelsTest {

  private final Set<String> started = ConcurrentHashMap.newKeySet();
  private final Set<Thread> threads = ConcurrentHashMap.newKeySet();

  @Test
  void aModelStartsOnceItsInputsAreComputedAndReadsTheirValues() {
    // given a sum of two models, the first slow
    SharedModel<Integer> sum;
    try (SharedModels models = new SharedModels()) {
      SharedModel<Integer> two = models.of(() -> slowly(2));
      SharedModel<Integer> three = models.of(() -> 3);
      sum = models.of(() -> two.get() + three.get(), two, three);

      // when
      models.awaitAll();
    }

    // then
    assertThat(sum.get()).isEqualTo(5);
  }

  @Test
  void aModelReadingAModelItDoesNotListFailsInsteadOfWaiting() {
    try (SharedModels models = new SharedModels()) {
      // given a model that forgot to list its input, which is still being computed
      CountDownLatch read = new CountDownLatch(1);
      SharedModel<Integer> slow = models.of(() -> awaited(read, 1));
      models.of(
          () -> {
            try {
              return slow.get() + 1;
            } finally {
              read.countDown();
            }
          });

      // when / then
      assertThatThrownBy(models::awaitAll)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("does not list");
    }
  }

  @Test
  void aFailureFailsItsReadersStartsNothingMoreAndLeavesNoThreadRunning() throws Exception {
    // given a model that fails while another is under way; one model reads the failing one, one
    // reads the model under way
    RuntimeException failure = new RuntimeException("the model's query failed");
    CountDownLatch underWay = new CountDownLatch(1);
    CountDownLatch failed = new CountDownLatch(1);
    SharedModels models = new SharedModels();
    SharedModel<Integer> slow =
        models.of(
            () -> {
              started("under way");
              underWay.countDown();
              awaited(failed, 0);
              return slowly(1);
            });
    SharedModel<Integer> failing =
        models.of(
            () -> {
              awaited(underWay, 0);
              started("failing");
              failed.countDown();
              throw failure;
            });
    models.of(() -> started("reads the failing one"), failing);
    models.of(() -> started("reads the one under way"), slow);

    // when / then
    try (models) {
      assertThatThrownBy(models::awaitAll).isSameAs(failure);
    }
    assertThat(started).containsExactlyInAnyOrder("under way", "failing");
    for (Thread thread : threads) {
      thread.join(TimeUnit.SECONDS.toMillis(10));
    }
    assertThat(threads).isNotEmpty().noneMatch(Thread::isAlive);
  }

  private String started(String model) {
    started.add(model);
    threads.add(Thread.currentThread());
    return model;
  }

  private static int slowly(int value) {
    try {
      TimeUnit.MILLISECONDS.sleep(300);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return value;
  }

  private static int awaited(CountDownLatch latch, int value) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return value;
  }
}
