package jianfu.oracle;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.concurrent.Callable;
import jianfu.pipelines.StepTimings;
import jianfu.pipelines.config.SettingsOptions;
import jianfu.schemas.Contract;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Computes every mart with the DuckDB oracle SQL over the raw Parquet, in memory, and prints the
 * seconds each took: the yardstick {@code ./jianfu bench} holds the Spark pipeline against.
 */
@Command(
    name = "jianfu-oracle-marts",
    mixinStandardHelpOptions = true,
    description = "Times the marts computed by the DuckDB oracle SQL over the raw Parquet.")
public final class DuckDbMartsApplication implements Callable<Integer> {

  @Option(
      names = "--raw",
      required = true,
      description = "The <output>/raw folder ingestion wrote.")
  private Path raw;

  @Mixin private SettingsOptions settings;

  @Option(names = "--timings", description = "Also write the seconds of each mart to this file.")
  private Path timings;

  public static void main(String[] args) {
    System.exit(new CommandLine(new DuckDbMartsApplication()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    Map<String, Double> seconds;
    try (Connection duckDb = DriverManager.getConnection("jdbc:duckdb:")) {
      seconds =
          DuckDbMarts.build(
              duckDb,
              Contract.load(),
              raw,
              settings.indicators(),
              settings.publication(),
              settings.reporting(),
              settings.validation(),
              settings.socialOrganisations());
    }
    seconds.forEach((mart, s) -> System.out.printf("duckdb %s: %.3f s%n", mart, s));
    System.out.printf(
        "duckdb marts total: %.3f s%n",
        seconds.values().stream().mapToDouble(Double::doubleValue).sum());
    if (timings != null) {
      StepTimings.write(timings, seconds);
    }
    return 0;
  }
}
