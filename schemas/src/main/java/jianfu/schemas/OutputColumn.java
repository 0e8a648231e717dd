package jianfu.schemas;

/**
 * A column of a table the pipeline writes (a mart, the quarantine, the audit). The type is a
 * portable SQL name: string, int, long, double, boolean or decimal(p,s).
 */
public record OutputColumn(String name, String label, String type) {}
