package jianfu.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlTypesTest {

  @Test
  void namesEveryTypeTheContractUses() {
    Contract contract = Contract.load();
    contract
        .sources()
        .forEach(
            t -> t.columns().forEach(c -> assertThat(SqlTypes.of(c.storedType())).isNotBlank()));
    contract
        .marts()
        .forEach(t -> t.columns().forEach(c -> assertThat(SqlTypes.of(c.type())).isNotBlank()));
    assertThat(SqlTypes.of("decimal(14,2)")).isEqualTo("DECIMAL(14,2)");
    assertThat(SqlTypes.of("long")).isEqualTo("BIGINT");
  }

  @Test
  void refusesAnUnknownType() {
    assertThatThrownBy(() -> SqlTypes.of("money")).hasMessageContaining("money");
  }
}
