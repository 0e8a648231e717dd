package jianfu.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import jianfu.demo.DistrictGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./jianfu generate}: the demo district's source CSVs. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "Write the demo district's source tables as CSV files (deterministic by seed).")
final class GenerateCommand implements Callable<Integer> {

  static final long DEFAULT_SEED = 20251231L;

  @Option(names = "--output", required = true, description = "Folder to write <table>.csv files into.")
  Path output;

  @Option(names = "--seed", defaultValue = "" + DEFAULT_SEED, description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    var summary = new DistrictGenerator(seed).writeTo(output);
    System.out.println("generated demo district (seed " + seed + ") in " + output.toAbsolutePath() + ": " + summary);
    return 0;
  }
}
