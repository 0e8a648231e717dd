package jianfu.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContractDocTest {

  private final Contract contract = Contract.load();

  @Test
  void theCommittedContractPageIsTheOneTheDeclarationsGive() throws Exception {
    GeneratedDoc.assertCommittedIs(
        "contract.md", ContractDoc.render(contract), ContractDocTest.class);
  }

  @Test
  void thePageNamesEveryColumnWithItsLabelAndEveryRule() {
    String page = ContractDoc.render(contract);
    for (SourceTable table : contract.sources()) {
      for (SourceColumn column : table.columns()) {
        assertThat(page)
            .contains("| " + column.name() + " | " + column.label() + " | " + column.storedType());
      }
    }
    assertThat(page)
        .contains(
            "| decided_on | 决定日期 | date | unless status in PENDING/WITHDRAWN | not before submitted_on |")
        .contains("references org_units (one level above level)")
        .contains("by rater_type (COMMUNITY → org_units (level COMMUNITY)")
        .contains("| dept_code | 部门代码 | string | key | not ALL (reserved, any letter case) |")
        .contains("| ALL | the marts' rows of all departments");
  }
}
