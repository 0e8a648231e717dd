package jianfu.pipelines.staging;

import jianfu.schemas.SourceTable;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The Spark schema of a source table as ingestion stores it: contract names and stored types. */
public final class SourceSchema {

  private SourceSchema() {}

  public static StructType of(SourceTable table) {
    return new StructType(
        table.columns().stream()
            .map(
                column ->
                    DataTypes.createStructField(
                        column.name(), DataType.fromDDL(column.storedType()), true))
            .toArray(StructField[]::new));
  }
}
