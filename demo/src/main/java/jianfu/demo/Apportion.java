package jianfu.demo;

import java.util.Arrays;

/**
 * Splits a whole total over shares in proportion to weights, exactly (largest remainder), so a
 * district total chosen first is met to the unit by the communities it is spread over.
 */
final class Apportion {

  private Apportion() {}

  static int[] of(int total, double[] weights) {
    int[] unlimited = new int[weights.length];
    Arrays.fill(unlimited, Integer.MAX_VALUE);
    return capped(total, weights, unlimited);
  }

  /** As {@link #of}, but no share exceeds its cap; what a capped share cannot take goes on. */
  static int[] capped(int total, double[] weights, int[] caps) {
    if (total < 0 || Arrays.stream(caps).asLongStream().sum() < total) {
      throw new IllegalArgumentException("cannot place " + total + " under caps");
    }
    int[] shares = new int[weights.length];
    boolean[] fixed = new boolean[weights.length];
    while (true) {
      int open = total - sumFixed(shares, fixed);
      spread(open, weights, fixed, shares);
      boolean overflow = false;
      for (int i = 0; i < shares.length; i++) {
        if (!fixed[i] && shares[i] > caps[i]) {
          shares[i] = caps[i];
          fixed[i] = true;
          overflow = true;
        }
      }
      if (!overflow) {
        return shares;
      }
    }
  }

  private static int sumFixed(int[] shares, boolean[] fixed) {
    int sum = 0;
    for (int i = 0; i < shares.length; i++) {
      if (fixed[i]) {
        sum += shares[i];
      }
    }
    return sum;
  }

  private static void spread(int amount, double[] weights, boolean[] fixed, int[] shares) {
    double weightSum = 0;
    for (int i = 0; i < weights.length; i++) {
      if (!fixed[i]) {
        weightSum += weights[i];
      }
    }
    if (weightSum <= 0) {
      if (amount > 0) {
        throw new IllegalArgumentException("no weight left to place " + amount);
      }
      return;
    }
    double[] remainders = new double[weights.length];
    int placed = 0;
    for (int i = 0; i < weights.length; i++) {
      if (!fixed[i]) {
        double exact = amount * weights[i] / weightSum;
        shares[i] = (int) Math.floor(exact);
        remainders[i] = exact - shares[i];
        placed += shares[i];
      }
    }
    for (int left = amount - placed; left > 0; left--) {
      int best = -1;
      for (int i = 0; i < weights.length; i++) {
        if (!fixed[i] && (best < 0 || remainders[i] > remainders[best])) {
          best = i;
        }
      }
      shares[best]++;
      remainders[best] = -1;
    }
  }
}
