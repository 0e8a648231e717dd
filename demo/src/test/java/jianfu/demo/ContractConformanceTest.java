package jianfu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;
import org.junit.jupiter.api.Test;

/**
 * The demo loads cleanly but for its documented flaws, and each flaw is the fault (or the warning)
 * it claims.
 */
class ContractConformanceTest {

  private final DemoFolder demo = DemoFolder.shared();
  private final Contract contract = Contract.load();
  private final ContractCheck check = new ContractCheck(demo);

  @Test
  void everyRowButTheFlawedOnesKeepsEveryRuleAndHasAKeyOfItsOwn() {
    List<String> broken = new ArrayList<>();
    for (SourceTable table : contract.sources()) {
      // given the table's rows less the flawed ones
      Set<List<String>> keys = new HashSet<>();
      List<String> columns = table.columnNames();
      for (Map<String, String> row : demo.rows(table.table())) {
        List<String> cells = columns.stream().map(row::get).toList();
        // when each is checked against the contract
        List<String> violations = check.violations(table, cells);
        // then none breaks a rule or repeats a key
        if (!violations.isEmpty() || !keys.add(ContractCheck.key(table, cells))) {
          broken.add(table.table() + " " + violations + " " + cells);
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void everyFlawIsTheFaultItIsDocumentedAs() {
    for (Flaw flaw : demo.summary.flaws()) {
      // given a flawed row and the rows of its table
      SourceTable table = contract.source(flaw.table());
      List<List<String>> all = demo.allCells(flaw.table());
      // when it is checked
      List<String> violations = check.violations(table, flaw.cells());
      // then it breaks the rule it is documented for
      switch (flaw.expected()) {
        case DeliberateFlaws.COLLAPSED ->
            assertThat(all.stream().filter(flaw.cells()::equals).count())
                .as(flaw.why())
                .isEqualTo(2);
        case "DUPLICATE_KEY" -> {
          assertThat(violations).as(flaw.why()).isEmpty();
          List<String> key = ContractCheck.key(table, flaw.cells());
          assertThat(
                  all.stream()
                      .filter(cells -> ContractCheck.key(table, cells).equals(key))
                      .distinct()
                      .count())
              .as(flaw.why())
              .isGreaterThan(1);
        }
        default -> assertThat(violations).as(flaw.why()).contains(flaw.expected());
      }
    }
  }

  @Test
  void theFlawsAreAHandfulCoveringEveryKindOfBadInput() {
    List<Flaw> flaws = demo.summary.flaws();
    assertThat(flaws).hasSizeBetween(10, 24);
    assertThat(flaws.stream().map(Flaw::expected).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(
            "BAD_ROW",
            "MISSING_FIELD",
            "BAD_TYPE",
            "BAD_ENUM",
            "OUT_OF_RANGE",
            "UNKNOWN_REFERENCE",
            "INCONSISTENT",
            "DUPLICATE_KEY",
            DeliberateFlaws.COLLAPSED,
            "UNRESOLVED_APPROVAL",
            "UNRESOLVED_DEPARTMENT",
            "OUT_OF_PERIOD");
  }
}
