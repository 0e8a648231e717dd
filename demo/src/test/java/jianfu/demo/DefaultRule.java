package jianfu.demo;

/**
 * The three default validation rules (conf/jianfu.yml), as plain Java over one community and
 * reporting year of {@link ReportedBurden}: true kept, false violated, null skipped. A value not
 * reported is null, the previous year's too when it is not a reporting year, and the checks read
 * nulls as SQL does.
 */
enum DefaultRule {
  /** {@code work_items >= 0.2 * prev_work_items} */
  WORK_ITEMS_FELL_80 {
    @Override
    Boolean check(ReportedBurden burden, String community, int year) {
      Integer now = burden.value(WORK_ITEMS, community, year);
      Integer before =
          burden.reportingYears.contains(year - 1)
              ? burden.value(WORK_ITEMS, community, year - 1)
              : null;
      return now == null || before == null ? null : now >= 0.2 * before;
    }
  },
  /** {@code ledger_volumes = 0 OR work_items > 0} */
  LEDGERS_WITHOUT_WORK_ITEMS {
    @Override
    Boolean check(ReportedBurden burden, String community, int year) {
      Integer volumes = burden.value(LEDGERS, community, year);
      Integer items = burden.value(WORK_ITEMS, community, year);
      return or(volumes == null ? null : volumes == 0, items == null ? null : items > 0);
    }
  },
  /** {@code ledger_volumes <= 3000} */
  LEDGER_VOLUMES_OVER_3000 {
    @Override
    Boolean check(ReportedBurden burden, String community, int year) {
      Integer volumes = burden.value(LEDGERS, community, year);
      return volumes == null ? null : volumes <= 3000;
    }
  };

  private static final String WORK_ITEMS = "WORK_ITEMS";
  private static final String LEDGERS = "LEDGERS";

  abstract Boolean check(ReportedBurden burden, String community, int year);

  /** SQL's OR: true if either is true, else null if either is null. */
  private static Boolean or(Boolean left, Boolean right) {
    if (Boolean.TRUE.equals(left) || Boolean.TRUE.equals(right)) {
      return true;
    }
    return left == null || right == null ? null : false;
  }
}
