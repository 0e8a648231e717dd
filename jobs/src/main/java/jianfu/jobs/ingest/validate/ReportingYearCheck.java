package jianfu.jobs.ingest.validate;

import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import jianfu.jobs.ingest.OutputLayout;
import jianfu.jobs.ingest.duckdb.WorkDatabase;
import jianfu.schemas.SourceColumn;
import jianfu.schemas.SourceTable;

/**
 * A year outside the reporting years, in a column declaring {@code outside_reporting_years} (a date
 * column by its year), loads with that warning (jobs/README.md, Warnings). The reporting years are
 * the years of the loaded rows of Contract.reportingYears(); without such rows every year is one,
 * and nothing is flagged.
 */
public final class ReportingYearCheck {

  private final SortedSet<Integer> years;

  private ReportingYearCheck(SortedSet<Integer> years) {
    this.years = years;
  }

  /** Every year is a reporting year: nothing is flagged. */
  public static ReportingYearCheck everyYear() {
    return new ReportingYearCheck(new TreeSet<>());
  }

  /** Exactly these years are reporting years (none: every year is). */
  public static ReportingYearCheck of(SortedSet<Integer> years) {
    return new ReportingYearCheck(new TreeSet<>(years));
  }

  /**
   * The reporting years of the published rows (PublishedReferences), looked up only when {@code
   * table} checks them.
   */
  public static ReportingYearCheck load(
      SourceTable table, PublishedReferences published, OutputLayout layout, WorkDatabase database)
      throws SQLException, IOException {
    boolean checked =
        table.columns().stream().anyMatch(column -> column.outsideReportingYears() != null);
    return checked ? of(published.reportingYears(layout, database)) : everyYear();
  }

  /** The warning of {@code column}'s value, when its year is not a reporting year. */
  Optional<RowWarning> check(SourceColumn column, Object value) {
    if (column.outsideReportingYears() == null || value == null || years.isEmpty()) {
      return Optional.empty();
    }
    int year = value instanceof LocalDate date ? date.getYear() : (Integer) value;
    if (years.contains(year)) {
      return Optional.empty();
    }
    String in = value instanceof LocalDate ? value + " is in " + year + ", which" : value + "";
    return Optional.of(
        new RowWarning(
            column.outsideReportingYears(),
            column.name(),
            "%s %s is not a reporting year (%s); the row loads and counts in no year"
                .formatted(
                    column.name(),
                    in,
                    years.stream().map(String::valueOf).collect(Collectors.joining(", ")))));
  }
}
