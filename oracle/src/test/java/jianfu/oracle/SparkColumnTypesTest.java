package jianfu.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/** A Spark mart's column types read back in the contract's names, as the DuckDB oracle's are. */
class SparkColumnTypesTest {

  @Test
  void everySparkTypeOfAMartHasItsContractName() {
    // given
    StructType schema =
        new StructType()
            .add("org_code", DataTypes.StringType)
            .add("year", DataTypes.IntegerType)
            .add("work_items", DataTypes.LongType)
            .add("score", DataTypes.DoubleType)
            .add("vetoed", DataTypes.BooleanType)
            .add("received_on", DataTypes.DateType)
            .add("change_pct", DataTypes.createDecimalType(10, 1));

    // when
    Map<String, String> types = SparkMarts.columnTypes(schema);

    // then
    assertThat(types)
        .containsExactly(
            Map.entry("org_code", "string"),
            Map.entry("year", "int"),
            Map.entry("work_items", "long"),
            Map.entry("score", "double"),
            Map.entry("vetoed", "boolean"),
            Map.entry("received_on", "date"),
            Map.entry("change_pct", "decimal(10,1)"));
  }
}
