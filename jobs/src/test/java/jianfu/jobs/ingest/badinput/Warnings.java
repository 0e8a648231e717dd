package jianfu.jobs.ingest.badinput;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceColumn;

/** The warnings the contract declares, on references and on years: what the corpus must cover. */
final class Warnings {

  private Warnings() {}

  static List<String> declared() {
    return Contract.load().sources().stream()
        .flatMap(table -> table.columns().stream())
        .flatMap(Warnings::ofColumn)
        .distinct()
        .sorted()
        .toList();
  }

  private static Stream<String> ofColumn(SourceColumn column) {
    String onUnknown = column.references() == null ? null : column.references().onUnknown();
    return Stream.of(onUnknown, column.outsideReportingYears()).filter(Objects::nonNull);
  }
}
