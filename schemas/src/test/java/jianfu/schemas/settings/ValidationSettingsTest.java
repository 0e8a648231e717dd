package jianfu.schemas.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidationSettingsTest {

  @Test
  void shippedConfigurationHoldsTheThreeDefaultRules() {
    // when
    ValidationSettings shipped = ValidationSettings.read(Path.of("../conf/jianfu.yml"));

    // then
    assertThat(shipped).isEqualTo(ValidationSettings.defaults());
    assertThat(shipped.rules())
        .extracting(ValidationRule::check)
        .containsExactly(
            "work_items >= 0.2 * prev_work_items",
            "ledger_volumes = 0 OR work_items > 0",
            "ledger_volumes <= 3000");
  }

  @Test
  void configuredRulesReplaceTheDefaultsWhole(@TempDir Path folder) throws IOException {
    // given
    Path conf = folder.resolve("jianfu.yml");
    Files.writeString(
        conf,
        """
        validation:
          rules:
            - {code: FEW, name_zh: 少, name_en: Few, check: "signboards < 2"}
        """);

    // then
    assertThat(ValidationSettings.read(conf).rules())
        .containsExactly(new ValidationRule("FEW", "少", "Few", "signboards < 2"));
  }

  @Test
  void noRulesAtAllIsAllowed(@TempDir Path folder) throws IOException {
    // given
    Path conf = folder.resolve("jianfu.yml");
    Files.writeString(conf, "validation:\n  rules: []\n");

    // then
    assertThat(ValidationSettings.read(conf).rules()).isEqualTo(List.of());
  }
}
