package jianfu.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic randomness. Each part of the district draws from its own stream (seed and purpose),
 * so changing how one table is generated does not reshuffle the others.
 */
final class Dice {

  private final SplittableRandom random;

  private Dice(long seed) {
    this.random = new SplittableRandom(seed);
  }

  static Dice of(long seed, String purpose) {
    return new Dice(seed * 1_000_003L + purpose.hashCode());
  }

  /** A whole number in [low, high], both included. */
  int between(int low, int high) {
    return random.nextInt(low, high + 1);
  }

  double uniform(double low, double high) {
    return random.nextDouble(low, high);
  }

  double gaussian(double mean, double deviation) {
    return mean + deviation * random.nextGaussian();
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** Index drawn with probability proportional to its weight. */
  int weightedIndex(double[] weights) {
    double total = 0;
    for (double weight : weights) {
      total += weight;
    }
    double point = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      point -= weights[i];
      if (point < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  <T> List<T> shuffled(Collection<T> items) {
    List<T> copy = new ArrayList<>(items);
    for (int i = copy.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swap = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, swap);
    }
    return copy;
  }

  /** Up to {@code count} distinct items, in random order. */
  <T> List<T> sample(Collection<T> items, int count) {
    List<T> shuffled = shuffled(items);
    return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
  }

  /** A day in [from, to], both included. */
  LocalDate dayBetween(LocalDate from, LocalDate to) {
    long days = ChronoUnit.DAYS.between(from, to);
    return from.plusDays(random.nextLong(days + 1));
  }

  LocalDate dayIn(int year) {
    return dayBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }
}
