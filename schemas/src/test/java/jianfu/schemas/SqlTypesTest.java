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
  void readsBackEveryTypeTheContractUsesAndSparksSpellings() {
    Contract contract = Contract.load();
    contract
        .marts()
        .forEach(
            t ->
                t.columns()
                    .forEach(
                        c ->
                            assertThat(SqlTypes.contractType(SqlTypes.of(c.type())))
                                .isEqualTo(c.type())));
    assertThat(SqlTypes.contractType("STRING")).isEqualTo("string");
    assertThat(SqlTypes.contractType("INT")).isEqualTo("int");
    assertThat(SqlTypes.contractType("DECIMAL(10,1)")).isEqualTo("decimal(10,1)");
  }

  @Test
  void refusesAnUnknownType() {
    assertThatThrownBy(() -> SqlTypes.of("money")).hasMessageContaining("money");
    assertThatThrownBy(() -> SqlTypes.of("decimal(x)")).hasMessageContaining("decimal(x)");
    assertThatThrownBy(() -> SqlTypes.contractType("HUGEINT")).hasMessageContaining("HUGEINT");
  }
}
