package jianfu.schemas;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The contract as a Markdown page ({@code docs/contract.md}), written from the YAML declarations so
 * the documentation can never disagree with what ingestion and the marts enforce.
 */
public final class ContractDoc {

  private ContractDoc() {}

  public static String render(Contract contract) {
    StringBuilder page = new StringBuilder();
    page.append("# The data contract, as declared in `schemas/`\n\n")
        .append(
            "Generated from `schemas/src/main/resources/contract/` by `ContractDoc`; do not edit by hand.\n")
        .append(
            "What every mart column means (definition, labels, unit, decimals) is in"
                + " [`indicators.md`](indicators.md).\n\n")
        .append("## Source tables, in load order\n\n")
        .append("Reporting years: the years of `")
        .append(contract.reportingYears().table())
        .append('.')
        .append(contract.reportingYears().column())
        .append("` when it has rows, else every year.\n\n");
    for (SourceTable table : contract.sourcesInLoadOrder()) {
      page.append("### `").append(table.table()).append("` ").append(table.label()).append("\n\n");
      page.append(table.description())
          .append(" Key: (")
          .append(String.join(", ", table.key()))
          .append(").\n\n");
      page.append("| column | 中文 | type | required | rules |\n|---|---|---|---|---|\n");
      for (SourceColumn column : table.columns()) {
        page.append(
            row(
                column.name(),
                column.label(),
                column.storedType(),
                required(table, column),
                rules(contract, table, column)));
      }
      page.append('\n');
    }
    page.append("## Reserved codes\n\n")
        .append(
            "The marts give rows of their own these codes, so the data may not use them in the"
                + " columns listed, in any letter case (`all`, `All`): such a row is quarantined as"
                + " OUT_OF_RANGE.\n\n")
        .append("| code | names in the marts | refused in |\n|---|---|---|\n");
    for (ReservedCode reserved : contract.reservedCodes()) {
      page.append(row(reserved.code(), reserved.meaning(), String.join(", ", reserved.columns())));
    }
    page.append('\n');
    page.append("## Marts and ingestion outputs\n\n");
    List<OutputTable> outputs = new ArrayList<>(contract.marts());
    outputs.add(contract.quarantine());
    outputs.add(contract.ingestWarnings());
    outputs.add(contract.ingestAudit());
    for (OutputTable output : outputs) {
      page.append("### `")
          .append(output.table())
          .append("` ")
          .append(output.label())
          .append("\n\n");
      page.append(output.description())
          .append(" Key: (")
          .append(String.join(", ", output.key()))
          .append(").\n\n");
      page.append("| column | 中文 | type |\n|---|---|---|\n");
      for (OutputColumn column : output.columns()) {
        page.append("| ")
            .append(column.name())
            .append(" | ")
            .append(column.label())
            .append(" | ")
            .append(column.type())
            .append(" |\n");
      }
      page.append('\n');
    }
    return page.toString();
  }

  private static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |\n";
  }

  private static String required(SourceTable table, SourceColumn column) {
    if (table.key().contains(column.name())) {
      return "key";
    }
    if (column.required()) {
      return "yes";
    }
    if (column.requiredIf() != null) {
      return "if " + condition(column.requiredIf());
    }
    if (column.requiredUnless() != null) {
      return "unless " + condition(column.requiredUnless());
    }
    return "";
  }

  private static String rules(Contract contract, SourceTable table, SourceColumn column) {
    List<String> rules = new ArrayList<>();
    for (ReservedCode reserved : contract.reservedCodes(table, column)) {
      rules.add("not " + reserved.code() + " (reserved, any letter case)");
    }
    if (!column.values().isEmpty()) {
      rules.add(
          "one of "
              + column.values().stream()
                  .map(column::valueWithLabel)
                  .collect(Collectors.joining(", ")));
    }
    if (column.min() != null) {
      rules.add(">= " + column.min().toPlainString());
    }
    if (column.max() != null) {
      rules.add("<= " + column.max().toPlainString());
    }
    if (column.emptyUnless() != null) {
      rules.add("empty unless " + condition(column.emptyUnless()));
    }
    if (column.notBefore() != null) {
      rules.add("not before " + column.notBefore());
    }
    if (column.allowedBy() != null) {
      rules.add(
          "by "
              + column.allowedBy().column()
              + ": "
              + column.allowedBy().values().entrySet().stream()
                  .map(e -> e.getKey() + " → " + String.join("/", e.getValue()))
                  .collect(Collectors.joining("; ")));
    }
    if (column.references() != null) {
      rules.add("references " + reference(column.references()));
    }
    if (column.outsideReportingYears() != null) {
      rules.add(
          "outside the reporting years: loads with warning " + column.outsideReportingYears());
    }
    return String.join("; ", rules);
  }

  private static String condition(Condition condition) {
    return condition.column() + " in " + String.join("/", condition.in());
  }

  private static String reference(Reference reference) {
    if (reference.isSwitch()) {
      return reference.cases().entrySet().stream()
          .map(e -> e.getKey() + " → " + reference(e.getValue()))
          .collect(Collectors.joining(", ", "by " + reference.by() + " (", ")"));
    }
    StringBuilder text = new StringBuilder(reference.table());
    if (reference.level() != null) {
      text.append(" (level ").append(String.join(" or ", reference.level())).append(')');
    }
    if (reference.oneLevelUpFrom() != null) {
      text.append(" (one level above ").append(reference.oneLevelUpFrom()).append(')');
    }
    if (reference.status() != null) {
      text.append(" (status ").append(String.join("/", reference.status())).append(')');
    }
    if (reference.where() != null) {
      text.append(" (").append(condition(reference.where())).append(", else INCONSISTENT)");
    }
    if (reference.onUnknown() != null) {
      text.append(" (unknown: loads with warning ").append(reference.onUnknown()).append(')');
    }
    return text.toString();
  }
}
