package jianfu.pipelines.staging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import jianfu.pipelines.storage.Folder;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * The staging layer: any source table of the contract, read from the Parquet files ingestion wrote
 * under {@code <raw>/<table>/} with the contract's schema, its columns selected by name in contract
 * order. Nothing else happens here (no joins, no aggregations). A table without files is an empty
 * frame of the same schema, so a district that never exported, say, ratings still gets every mart.
 */
public final class StagingTables {

  private final SparkSession spark;
  private final Contract contract;
  private final Folder rawDir;
  private final Map<String, Dataset<Row>> staged = new ConcurrentHashMap<>();
  private final Map<String, Boolean> hasRows = new ConcurrentHashMap<>();

  public StagingTables(SparkSession spark, Contract contract, Folder rawDir) {
    this.spark = spark;
    this.contract = contract;
    this.rawDir = rawDir;
  }

  public Contract contract() {
    return contract;
  }

  /**
   * The staged table: one frame per table, shared by every model that reads it (models are computed
   * side by side, hence the concurrent map). Not cached: caching every table made no run faster and
   * held all of them in memory (docs/benchmarks.md, "Profiling and tuning"); the intermediate
   * models that several marts share are checkpointed to local disk instead (SharedModels).
   */
  public Dataset<Row> table(String name) {
    return staged.computeIfAbsent(name, this::read);
  }

  /**
   * Whether the table has a row at all, from the row counts in the footers of the Parquet files
   * Spark reads for it: read on the driver, no Spark job. So an optional table's absence is a
   * literal in the plans that ask (a v1 input without returns, marts empty without their table),
   * not a count cross-joined into each of them (two Spark jobs each).
   */
  public boolean hasRows(String name) {
    return hasRows.computeIfAbsent(
        name, absent -> Stream.of(table(name).inputFiles()).anyMatch(this::hasRowsIn));
  }

  private boolean hasRowsIn(String file) {
    try (ParquetFileReader footer =
        ParquetFileReader.open(
            HadoopInputFile.fromPath(
                new Path(URI.create(file)), spark.sparkContext().hadoopConfiguration()))) {
      return footer.getRecordCount() > 0;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Parquet footer of " + file, e);
    }
  }

  private Dataset<Row> read(String name) {
    SourceTable table = contract.source(name);
    StructType schema = SourceSchema.of(table);
    Folder folder = rawDir.child(name);
    if (!folder.hasFileEndingWith(".parquet")) {
      return spark.createDataFrame(List.of(), schema);
    }
    Column[] columns = table.columnNames().stream().map(functions::col).toArray(Column[]::new);
    return spark.read().schema(schema).parquet(folder.readLocation()).select(columns);
  }
}
