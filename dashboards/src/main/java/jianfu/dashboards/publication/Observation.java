package jianfu.dashboards.publication;

import java.time.LocalDate;

/**
 * One row of {@code public_statistics} (docs/indicators.md) with the area's name, the unit of a
 * published figure: the value is null where the figure is suppressed or cannot be computed.
 */
public record Observation(
    int year,
    String areaCode,
    String areaName,
    String areaLevel,
    String indicatorCode,
    Double value,
    String unit,
    int unitMult,
    int decimals,
    Integer baselineYear,
    LocalDate asOf,
    String status,
    String suppression,
    String obsStatus,
    String confStatus) {

  public static final String DISTRICT = "DISTRICT";
  public static final String STREET = "STREET";

  /** The mart's status decides: the publication never applies the threshold itself. */
  public boolean suppressed() {
    return "SUPPRESSED".equals(status);
  }

  /** Withheld for having fewer communities than the threshold (not to protect another area). */
  public boolean primarySuppressed() {
    return "PRIMARY".equals(suppression);
  }
}
