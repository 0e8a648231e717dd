package jianfu.pipelines;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jianfu.pipelines.staging.SourceSchema;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceColumn;
import jianfu.schemas.SourceTable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Tiny source tables written as raw Parquet the way ingestion writes them ({@code
 * <raw>/<table>/*.parquet}, contract names and stored types). Rows name their cells (see {@link
 * SourceRows}); omitted columns are null. Dates may be given as "yyyy-MM-dd", decimals as any
 * number.
 */
public final class RawFixture {

  private final SparkSession spark;
  private final Path rawDir;
  private final Contract contract = Contract.load();

  public RawFixture(SparkSession spark, Path rawDir) {
    this.spark = spark;
    this.rawDir = rawDir;
  }

  @SafeVarargs
  public final RawFixture table(String table, Map<String, Object>... rows) {
    return table(table, Arrays.asList(rows));
  }

  public RawFixture table(String table, List<Map<String, Object>> rows) {
    SourceTable source = contract.source(table);
    List<Row> data = rows.stream().map(cells -> toRow(source, cells)).toList();
    spark
        .createDataFrame(data, SourceSchema.of(source))
        .repartition(1)
        .write()
        .parquet(rawDir.resolve(table).toString());
    return this;
  }

  private static Row toRow(SourceTable table, Map<String, Object> cells) {
    Set<String> unknown = new TreeSet<>(cells.keySet());
    table.columnNames().forEach(unknown::remove);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(table.table() + " has no columns " + unknown);
    }
    return RowFactory.create(
        table.columns().stream().map(column -> stored(column, cells.get(column.name()))).toArray());
  }

  private static Object stored(SourceColumn column, Object value) {
    if (value == null) {
      return null;
    }
    return switch (column.type()) {
      case DATE -> LocalDate.parse(value.toString());
      case DECIMAL -> new BigDecimal(value.toString());
      default -> value;
    };
  }
}
