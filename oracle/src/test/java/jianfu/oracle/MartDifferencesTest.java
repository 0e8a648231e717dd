package jianfu.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jianfu.schemas.Contract;
import jianfu.schemas.OutputTable;
import org.junit.jupiter.api.Test;

/** The comparison behind DifferentialIT, on hand-made rows of burden_summary. */
class MartDifferencesTest {

  private static final OutputTable SUMMARY = Contract.load().mart("burden_summary");

  @Test
  void equalRowsInAnotherOrderHaveNoDifference() {
    // given
    ComputedMart spark = summary(districtRow(2022, 3.5, "12.5"), districtRow(2021, 2.0, null));
    ComputedMart oracle = summary(districtRow(2021, 2.0, null), districtRow(2022, 3.5, "12.50"));
    // when
    List<String> differences = MartDifferences.between(SUMMARY, spark, oracle);
    // then
    assertThat(differences).isEmpty();
  }

  @Test
  void doublesAgreeWithinTheRelativeToleranceOnly() {
    // given
    double perCommunity = 1.0 / 3;
    double justWithin = perCommunity * (1 + MartDifferences.RELATIVE_TOLERANCE / 2);
    double beyond = perCommunity * (1 + MartDifferences.RELATIVE_TOLERANCE * 2);
    ComputedMart oracle = summary(districtRow(2022, perCommunity, "1.0"));
    // when
    List<String> within =
        MartDifferences.between(SUMMARY, summary(districtRow(2022, justWithin, "1.0")), oracle);
    List<String> outside =
        MartDifferences.between(SUMMARY, summary(districtRow(2022, beyond, "1.0")), oracle);
    // then
    assertThat(within).isEmpty();
    assertThat(outside)
        .containsExactly(
            "burden_summary [year=2022, level=DISTRICT, org_code=D00] work_items_per_community:"
                + " Spark "
                + beyond
                + ", oracle "
                + perCommunity);
  }

  @Test
  void aDifferentDecimalOrANullForAValueIsADifferenceNamingKeyAndColumn() {
    // given
    ComputedMart spark = summary(districtRow(2022, 1.0, "6.2"), districtRow(2023, 1.0, null));
    ComputedMart oracle = summary(districtRow(2022, 1.0, "6.3"), districtRow(2023, 1.0, "0.0"));
    // when
    List<String> differences = MartDifferences.between(SUMMARY, spark, oracle);
    // then
    assertThat(differences)
        .containsExactly(
            "burden_summary [year=2022, level=DISTRICT, org_code=D00] work_items_reduction_pct:"
                + " Spark 6.2, oracle 6.3",
            "burden_summary [year=2023, level=DISTRICT, org_code=D00] work_items_reduction_pct:"
                + " Spark null, oracle 0.0");
  }

  @Test
  void rowsOnOneSideOnlyAndColumnsOffTheContractAreDifferences() {
    // given
    Map<String, Object> extra = districtRow(2024, 1.0, null);
    ComputedMart spark = summary(districtRow(2022, 1.0, null), extra);
    Map<String, String> wrongTypes = new LinkedHashMap<>(spark.columnTypes());
    wrongTypes.put("communities", "int");
    ComputedMart oracle = summary(districtRow(2022, 1.0, null), districtRow(2023, 1.0, null));
    // when
    List<String> differences =
        MartDifferences.between(SUMMARY, new ComputedMart(wrongTypes, spark.rows()), oracle);
    // then
    assertThat(differences).hasSize(3);
    assertThat(differences.get(0)).startsWith("burden_summary: Spark columns {").contains("int");
    assertThat(differences.subList(1, 3))
        .containsExactly(
            "burden_summary [year=2023, level=DISTRICT, org_code=D00]: only in the oracle",
            "burden_summary [year=2024, level=DISTRICT, org_code=D00]: only in Spark");
  }

  /** burden_summary rows as the contract declares its columns. */
  @SafeVarargs
  private static ComputedMart summary(Map<String, Object>... rows) {
    Map<String, String> types = new LinkedHashMap<>();
    SUMMARY.columns().forEach(column -> types.put(column.name(), column.type()));
    return new ComputedMart(types, new ArrayList<>(Arrays.asList(rows)));
  }

  /** A district row whose values are all 1 but for those given. */
  private static Map<String, Object> districtRow(
      int year, double workItemsPerCommunity, String workItemsReductionPct) {
    Map<String, Object> row = new LinkedHashMap<>();
    SUMMARY
        .columns()
        .forEach(
            column ->
                row.put(
                    column.name(),
                    switch (column.type()) {
                      case "int" -> 1;
                      case "long" -> 1L;
                      case "double" -> 1.0;
                      case "string" -> "x";
                      default -> BigDecimal.ONE;
                    }));
    row.put("year", year);
    row.put("level", "DISTRICT");
    row.put("org_code", "D00");
    row.put("work_items_per_community", workItemsPerCommunity);
    row.put(
        "work_items_reduction_pct",
        workItemsReductionPct == null ? null : new BigDecimal(workItemsReductionPct));
    return row;
  }
}
