package jianfu.schemas;

import java.util.Objects;

/**
 * The indicator catalogue as a Markdown page ({@code docs/indicators.md}): every mart with its
 * grain and every column with its definition, labels, unit, decimals and flags, written from the
 * mart declarations so the page cannot disagree with what the marts declare.
 */
public final class IndicatorCatalogue {

  private IndicatorCatalogue() {}

  public static String render(Contract contract) {
    StringBuilder page = new StringBuilder();
    page.append("# Indicator catalogue\n\n")
        .append(
            "Generated from `schemas/src/main/resources/contract/` (`contract.yml` and `marts/`) by"
                + " `IndicatorCatalogue`; do not edit by hand. Each mart is written as Parquet under"
                + " `<output>/marts/<mart>/` and served as a table of the same name in"
                + " `serving/jianfu.duckdb`. The source tables the definitions name are in"
                + " [`contract.md`](contract.md); settings (`indicators.*`, `reporting.*`,"
                + " `validation.*`, `publication.*`) are in `conf/jianfu.yml`; choices the"
                + " definitions leave open are in [`decisions.md`](decisions.md).\n\n")
        .append(
            "Columns of the tables below: **unit** and **decimals**, the unit a numeric figure is"
                + " counted in and the decimals it is shown and published with (a mart may hold it"
                + " unrounded, see Rounding); **public**, the column reaches the published statistics"
                + " (`public_statistics` and the public files); **headline**, the column is a figure"
                + " of the district headline, read from the district row of the headline year.\n\n")
        .append("## Terms\n\n");
    for (Term term : contract.terms()) {
      page.append("- **").append(term.term()).append(".** ").append(term.definition()).append('\n');
    }
    page.append("\n## Marts\n\n");
    for (OutputTable mart : contract.marts()) {
      page.append("- [`")
          .append(mart.table())
          .append("`](#")
          .append(mart.table())
          .append(") ")
          .append(mart.label())
          .append(" / ")
          .append(mart.labelEn())
          .append('\n');
    }
    page.append('\n');
    for (OutputTable mart : contract.marts()) {
      page.append("### ").append(mart.table()).append("\n\n");
      page.append("**").append(mart.label()).append(" / ").append(mart.labelEn()).append("**. ");
      page.append(mart.description())
          .append(" One row per (")
          .append(String.join(", ", mart.key()))
          .append(").\n\n");
      page.append(
          "| column | 中文 | English | type | unit | decimals | public | headline | definition |\n"
              + "|---|---|---|---|---|---|---|---|---|\n");
      for (OutputColumn column : mart.columns()) {
        page.append(
            row(
                "`" + column.name() + "`",
                column.label(),
                column.labelEn(),
                column.type(),
                Objects.toString(column.unit(), ""),
                Objects.toString(column.decimals(), ""),
                flag(column.published()),
                flag(column.headline()),
                column.definition()));
      }
      page.append('\n');
    }
    return page.toString();
  }

  private static String flag(Boolean set) {
    return Boolean.TRUE.equals(set) ? "yes" : "";
  }

  /** A table row; a cell's own {@code |} would end the cell early, so it is escaped. */
  private static String row(String... cells) {
    StringBuilder row = new StringBuilder("|");
    for (String cell : cells) {
      row.append(' ').append(cell.replace("|", "\\|")).append(" |");
    }
    return row.append('\n').toString();
  }
}
