package jianfu.schemas;

/** A term the marts' definitions use (Reported, Admitted, ...), defined once in contract.yml. */
public record Term(String term, String definition) {}
