package jianfu.dashboards.publication;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How published numbers are written: once rounded, half up (四舍五入, as communiqués state), to the
 * observation's decimals; a missing value is written empty.
 */
final class Figures {

  private Figures() {}

  /** {@code value} to {@code decimals} places, plain digits; empty when null. */
  static String plain(Double value, int decimals) {
    return value == null ? "" : rounded(value, decimals).toPlainString();
  }

  /** {@code value} to {@code decimals} places with thousands separators (English text). */
  static String grouped(Double value, int decimals) {
    return value == null ? "" : String.format("%,." + decimals + "f", rounded(value, decimals));
  }

  /** {@code value} to {@code decimals} places as a number; null when null. */
  static BigDecimal number(Double value, int decimals) {
    return value == null ? null : rounded(value, decimals);
  }

  static BigDecimal rounded(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
  }
}
