package jianfu.jobs.ingest.validate;

import java.util.List;
import jianfu.jobs.ingest.read.ColumnValues;

/**
 * A row that passed every rule that can be checked row by row, typed, with the warnings it loads
 * with.
 *
 * @param values every contract column's value, in the table's column order (String, Integer,
 *     BigDecimal, LocalDate, Boolean or null)
 */
public record ValidRow(
    String sourceFile,
    long line,
    String rawRecord,
    ColumnValues<Object> values,
    List<RowWarning> warnings) {}
