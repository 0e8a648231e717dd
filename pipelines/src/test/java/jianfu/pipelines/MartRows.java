package jianfu.pipelines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Row;

/** Finds the one collected mart row with given key values. */
public final class MartRows {

  private MartRows() {}

  /** The row whose cells equal the given ones: column name, value, column name, value, ... */
  public static Row find(List<Row> rows, Object... namesAndValues) {
    List<Row> found =
        rows.stream()
            .filter(
                row -> {
                  for (int i = 0; i < namesAndValues.length; i += 2) {
                    if (!Objects.equals(
                        row.getAs((String) namesAndValues[i]), namesAndValues[i + 1])) {
                      return false;
                    }
                  }
                  return true;
                })
            .toList();
    assertThat(found).as("rows with %s", List.of(namesAndValues)).hasSize(1);
    return found.get(0);
  }
}
