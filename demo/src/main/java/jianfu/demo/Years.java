package jianfu.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The demo's calendar: the reform starts in 2023, so 2022 is the baseline (基期); 2025 is the latest
 * closed year, the one the headline is for; the demo is taken on {@link #AS_OF} in 2026, the
 * current year, whose returns are still coming in.
 */
final class Years {

  static final int FIRST_SUBMISSION = 2021;
  static final int BASELINE = 2022;
  static final int LATEST = 2025;
  static final int CURRENT = 2026;

  /** The day the demo district is a snapshot of: the current year's returns are not yet due. */
  static final LocalDate AS_OF = LocalDate.of(CURRENT, 12, 10);

  /** Closed years: every return is due, and ratings, deliveries and task results are in. */
  static final List<Integer> CLOSED = IntStream.rangeClosed(BASELINE, LATEST).boxed().toList();

  /** The years returns are asked for, and so records are kept for: the closed ones and 2026. */
  static final List<Integer> REPORTING = IntStream.rangeClosed(BASELINE, CURRENT).boxed().toList();

  /**
   * The years the two agreements are drawn up for: from the reform's launch on, the current year
   * included (the baseline year had none).
   */
  static final List<Integer> AGREED = IntStream.rangeClosed(BASELINE + 1, CURRENT).boxed().toList();

  /** The closed years after the baseline. */
  static final List<Integer> AFTER_REFORM = CLOSED.subList(1, CLOSED.size());

  private Years() {}

  static LocalDate yearEnd(int year) {
    return LocalDate.of(year, 12, 31);
  }

  /** The day the district starts taking a year's returns in. */
  static LocalDate returnsOpen(int year) {
    return LocalDate.of(year, 12, 1);
  }

  /** The day a year's returns are due (due_on). */
  static LocalDate returnsDue(int year) {
    return LocalDate.of(year, 12, 20);
  }

  /**
   * The last day a year's records tell of: its year-end, but for 2026, whose returns (opened on 1
   * December) tell of the year up to then.
   */
  static LocalDate recordedUntil(int year) {
    return year == CURRENT ? returnsOpen(year).minusDays(1) : yearEnd(year);
  }

  /** Position of a reporting year, 0 for the baseline. */
  static int index(int year) {
    return year - BASELINE;
  }
}
