package jianfu.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowTest {

  private final List<String> columns = List.of("id", "on", "done", "amount", "status", "note");

  @Test
  void cellsAreWrittenAsTheContractReadsThemInColumnOrder() {
    // given values set out of column order
    Row row =
        new Row("t", columns)
            .set("status", Status.REVOKED)
            .set("amount", new BigDecimal("1500.50"))
            .set("done", false)
            .set("on", LocalDate.of(2023, 2, 3))
            .set("id", "007");
    // when the cells are taken
    // then they follow the columns: ISO dates, true/false, plain decimals, empty for null
    assertThat(row.cells()).containsExactly("007", "2023-02-03", "false", "1500.50", "REVOKED", "");
  }

  @Test
  void anUnknownColumnIsRefused() {
    assertThatThrownBy(() -> new Row("t", columns).set("nope", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope");
  }
}
