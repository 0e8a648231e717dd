package jianfu.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ContractDocTest {

  private static final Path COMMITTED = Path.of("..", "docs", "contract.md");
  private static final String REGENERATE = "jianfu.contract.regenerate";

  private final Contract contract = Contract.load();

  @Test
  void theCommittedContractPageIsTheOneTheDeclarationsGive() throws Exception {
    // given
    String generated = ContractDoc.render(contract);
    if (Boolean.getBoolean(REGENERATE)) {
      Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
    }

    // when
    String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);

    // then
    assertThat(committed)
        .as(
            "docs/contract.md no longer matches schemas/; regenerate it with%n  ./mvnw -pl schemas test"
                + " -Dtest=ContractDocTest -D%s=true",
            REGENERATE)
        .isEqualTo(generated);
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
