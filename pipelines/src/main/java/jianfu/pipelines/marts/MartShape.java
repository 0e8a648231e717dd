package jianfu.pipelines.marts;

import static org.apache.spark.sql.functions.col;

import jianfu.schemas.OutputTable;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;

/** The last step of every mart: the contract's columns, in its order, cast to its types. */
public final class MartShape {

  private MartShape() {}

  public static Dataset<Row> conform(Dataset<Row> frame, OutputTable mart) {
    Column[] columns =
        mart.columns().stream()
            .map(
                column ->
                    col(column.name()).cast(DataType.fromDDL(column.type())).as(column.name()))
            .toArray(Column[]::new);
    return frame.select(columns);
  }
}
