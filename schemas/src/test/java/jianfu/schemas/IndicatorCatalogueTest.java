package jianfu.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndicatorCatalogueTest {

  private final Contract contract = Contract.load();

  @Test
  void theCommittedCatalogueIsTheOneTheMartDeclarationsGive() throws Exception {
    GeneratedDoc.assertCommittedIs(
        "indicators.md", IndicatorCatalogue.render(contract), IndicatorCatalogueTest.class);
  }

  @Test
  void theCatalogueGivesEveryMartColumnWithItsMeaning() {
    String page = IndicatorCatalogue.render(contract);
    for (OutputTable mart : contract.marts()) {
      assertThat(page).contains("### " + mart.table() + "\n");
      for (OutputColumn column : mart.columns()) {
        assertThat(page)
            .contains("| `" + column.name() + "` | " + column.label() + " | " + column.labelEn())
            .contains(column.definition());
      }
    }
    assertThat(page)
        .contains(
            "| `signboards_reduction_pct` | 标识标牌较基期减少(%) | Signboards: reduction against the"
                + " baseline (%) | decimal(10,1) | % | 1 | yes | yes |")
        .contains("- **Admitted.** ");
  }
}
