package jianfu.dashboards.report;

import jianfu.schemas.OutputColumn;
import jianfu.schemas.OutputTable;

/** A label in Chinese and English; the page shows it as "中文 / English". */
record Label(String zh, String en) {

  /**
   * A column's label as the contract declares it in both languages; a table that declares no
   * English label (the derived tables) has the English made from the column's name.
   */
  static Label of(OutputTable mart, String column) {
    OutputColumn declared =
        mart.columns().stream()
            .filter(c -> c.name().equals(column))
            .findFirst()
            .orElseThrow(
                () -> new IllegalArgumentException(mart.table() + " has no column " + column));
    return new Label(declared.label(), declared.englishLabel());
  }

  /** {@code work_items_per_community} → "Work items per community". */
  static String english(String name) {
    return OutputColumn.asWords(name);
  }

  /** This label with a qualifier added to both languages. */
  Label with(String zh, String en) {
    return new Label(this.zh + zh, this.en + en);
  }

  @Override
  public String toString() {
    return zh + " / " + en;
  }
}
