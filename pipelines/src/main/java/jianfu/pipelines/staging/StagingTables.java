package jianfu.pipelines.staging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jianfu.schemas.Contract;
import jianfu.schemas.SourceTable;
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
  private final Path rawDir;
  private final Map<String, Dataset<Row>> staged = new HashMap<>();

  public StagingTables(SparkSession spark, Contract contract, Path rawDir) {
    this.spark = spark;
    this.contract = contract;
    this.rawDir = rawDir;
  }

  public Contract contract() {
    return contract;
  }

  /**
   * The staged table, read once and cached: most tables feed several marts, and re-reading and
   * re-planning the Parquet scan for each of them cost more than the marts themselves.
   */
  public Dataset<Row> table(String name) {
    return staged.computeIfAbsent(name, this::read);
  }

  private Dataset<Row> read(String name) {
    SourceTable table = contract.source(name);
    StructType schema = SourceSchema.of(table);
    Path folder = rawDir.resolve(name);
    if (!hasParquetFiles(folder)) {
      return spark.createDataFrame(List.of(), schema);
    }
    Column[] columns = table.columnNames().stream().map(functions::col).toArray(Column[]::new);
    return spark.read().schema(schema).parquet(folder.toString()).select(columns).cache();
  }

  private static boolean hasParquetFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.anyMatch(file -> file.getFileName().toString().endsWith(".parquet"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }
}
