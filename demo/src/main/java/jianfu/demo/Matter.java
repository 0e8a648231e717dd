package jianfu.demo;

/**
 * One matter a department asks communities for: a work item, a ledger, a kind of signboard or an
 * activity series. Applications are made per matter (一事一准入); records name the application of their
 * matter. {@code kind} is the signboard or activity kind, null for the other types.
 */
record Matter(
    String code, MatterType type, String title, Department department, Fate fate, String kind) {}
