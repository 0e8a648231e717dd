package jianfu.cli;

import java.util.List;
import java.util.function.ToDoubleFunction;

/** The median of a measure over the bench runs (the mean of the middle two for an even count). */
final class Median {

  private Median() {}

  static <T> double of(List<T> runs, ToDoubleFunction<T> measure) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("no runs to take the median of");
    }
    double[] sorted = runs.stream().mapToDouble(measure).sorted().toArray();
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }
}
