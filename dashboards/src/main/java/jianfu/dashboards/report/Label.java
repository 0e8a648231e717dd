package jianfu.dashboards.report;

import java.util.Locale;
import jianfu.schemas.OutputColumn;
import jianfu.schemas.OutputTable;

/** A label in Chinese and English; the page shows it as "中文 / English". */
record Label(String zh, String en) {

  /** A mart column's label: the contract's Chinese label and the English made from its name. */
  static Label of(OutputTable mart, String column) {
    OutputColumn declared =
        mart.columns().stream()
            .filter(c -> c.name().equals(column))
            .findFirst()
            .orElseThrow(
                () -> new IllegalArgumentException(mart.table() + " has no column " + column));
    return new Label(declared.label(), english(column));
  }

  /** {@code work_items_per_community} → "Work items per community". */
  static String english(String name) {
    String words = name.replace('_', ' ');
    return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
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
