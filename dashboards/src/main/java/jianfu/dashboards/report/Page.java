package jianfu.dashboards.report;

import java.util.List;

/** One page (tab) of the report, as the template shows it. */
record Page(
    String id,
    Label title,
    List<BigNumber> bigNumbers,
    List<Chart> charts,
    List<ReportTable> tables,
    List<Label> notes) {

  /** A page with nothing to show but a note saying why. */
  static Page onlyNote(String id, Label title, Label note) {
    return new Page(id, title, List.of(), List.of(), List.of(), List.of(note));
  }

  /**
   * A headline figure: {@code value} is the number as the mart holds it (empty when null), for
   * readers and tests; {@code display} is how the page shows it.
   */
  record BigNumber(String id, Label label, String display, String value, String detail) {}

  /** A drawn chart: its ECharts option goes into the page's JSON; a tall one has many bars. */
  record Chart(String id, Label title, Object option, boolean tall) {}
}
