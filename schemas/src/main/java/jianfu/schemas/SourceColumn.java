package jianfu.schemas;

import java.math.BigDecimal;
import java.util.List;

/**
 * One column of a source table with every rule that applies to it. {@code outsideReportingYears},
 * when set, names the warning a row gets when the column's year (a date's year) is not a reporting
 * year (Contract.reportingYears()).
 */
public record SourceColumn(
    String name,
    String label,
    SourceType type,
    boolean required,
    List<String> values,
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
