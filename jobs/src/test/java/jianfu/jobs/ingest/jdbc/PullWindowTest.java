package jianfu.jobs.ingest.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PullWindowTest {

  @Test
  void ordersRowsSharingAWatermarkByTheKeySoThatARestartPassesOverTheSameRows() {
    // given
    PullWindow window = new PullWindow("updated_at", "timestamptz", "2024-05-01", "2024-06-01");

    // when
    String query =
        window.query("SELECT * FROM ratings", List.of("rater_code", "updated_at", "year"));

    // then
    assertThat(query)
        .isEqualTo(
            "SELECT * FROM (SELECT * FROM ratings) source WHERE updated_at > CAST(? AS timestamptz)"
                + " AND updated_at <= CAST(? AS timestamptz) ORDER BY updated_at, rater_code, year");
  }

  @Test
  void aFullPullAlsoTakesTheRowsWithoutAWatermark() {
    // given: nothing published with a watermark yet
    PullWindow window = new PullWindow("updated_at", "timestamptz", null, "2024-06-01");

    // when
    String query = window.query("SELECT * FROM departments", List.of("dept_code"));

    // then
    assertThat(query)
        .contains("WHERE updated_at IS NULL OR updated_at <= CAST(? AS timestamptz)")
        .endsWith("ORDER BY updated_at, dept_code");
  }
}
