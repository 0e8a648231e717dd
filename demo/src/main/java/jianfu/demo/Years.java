package jianfu.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/** The demo's calendar: the reform starts in 2023, so 2022 is the baseline (基期). */
final class Years {

  static final int FIRST_SUBMISSION = 2021;
  static final int BASELINE = 2022;
  static final int LATEST = 2025;

  /** The years records are kept for: the baseline and the years after the reform. */
  static final List<Integer> REPORTING = IntStream.rangeClosed(BASELINE, LATEST).boxed().toList();

  /** The reporting years after the baseline. */
  static final List<Integer> AFTER_REFORM = REPORTING.subList(1, REPORTING.size());

  private Years() {}

  static LocalDate yearEnd(int year) {
    return LocalDate.of(year, 12, 31);
  }

  /** Position of a reporting year, 0 for the baseline. */
  static int index(int year) {
    return year - BASELINE;
  }
}
