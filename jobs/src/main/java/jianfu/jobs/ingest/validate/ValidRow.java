package jianfu.jobs.ingest.validate;

import java.util.Map;

/**
 * A row that passed every rule that can be checked row by row, typed.
 *
 * @param values every contract column's value (String, Integer, BigDecimal, LocalDate, Boolean or
 *     null)
 */
public record ValidRow(
    String sourceFile, long line, String rawRecord, Map<String, Object> values) {}
