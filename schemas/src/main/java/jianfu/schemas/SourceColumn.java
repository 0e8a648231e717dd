package jianfu.schemas;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One column of a source table with every rule that applies to it. {@code outsideReportingYears},
 * when set, names the warning a row gets when the column's year (a date's year) is not a reporting
 * year (Contract.reportingYears()). {@code valueLabels}, optional, gives an enum's values their
 * Chinese labels, as docs/contract.md prints them.
 */
public record SourceColumn(
    String name,
    String label,
    SourceType type,
    boolean required,
    List<String> values,
    Map<String, String> valueLabels,
    BigDecimal min,
    BigDecimal max,
    Integer precision,
    Integer scale,
    Condition requiredIf,
    Condition requiredUnless,
    Condition emptyUnless,
    String notBefore,
    Reference references,
    AllowedBy allowedBy,
    String outsideReportingYears) {

  public SourceColumn {
    values = values == null ? List.of() : List.copyOf(values);
    valueLabels = valueLabels == null ? Map.of() : Map.copyOf(valueLabels);
  }

  /** An enum value as docs/contract.md shows it: {@code SERVICE (服务类)}, or the bare value. */
  public String valueWithLabel(String value) {
    String label = valueLabels.get(value);
    return label == null ? value : value + " (" + label + ")";
  }

  /**
   * The column's type in the portable SQL names {@link OutputColumn} uses (string, int,
   * decimal(p,s), date, boolean): how it is stored in Parquet and read by Spark and DuckDB.
   */
  public String storedType() {
    return switch (type) {
      case STRING, ENUM -> "string";
      case INT -> "int";
      case DECIMAL -> "decimal(" + precision + "," + scale + ")";
      case DATE -> "date";
      case BOOLEAN -> "boolean";
    };
  }
}
