package jianfu.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import jianfu.demo.DistrictGenerator;
import jianfu.demo.GenerationSummary;
import jianfu.demo.Scale;
import jianfu.schemas.TerminalText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./jianfu generate}: the demo district's source CSVs. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Write the demo district's source tables as CSV files (deterministic by seed).",
      "--scale city or province writes a larger district (about 1,000 or 20,000 communities)",
      "with the same distributions, streamed table by table."
    })
final class GenerateCommand implements Callable<Integer> {

  static final long DEFAULT_SEED = 20251231L;

  @Option(
      names = "--output",
      required = true,
      description = "Folder to write <table>.csv files into.")
  Path output;

  @Option(
      names = "--seed",
      defaultValue = "" + DEFAULT_SEED,
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--scale",
      defaultValue = "district",
      converter = ScaleConverter.class,
      description =
          "district (122 communities), city (1,000) or province (20,000); default: ${DEFAULT-VALUE}.")
  Scale scale;

  @Override
  public Integer call() throws Exception {
    System.out.println(describe(new DistrictGenerator(seed, scale).writeTo(output), scale, seed));
    return 0;
  }

  static String describe(GenerationSummary summary, Scale scale, long seed) {
    return String.format(
        "generated the demo input at %s scale (seed %d): %d rows in %d tables, %d of the rows"
            + " deliberately flawed, in %s",
        scale.name().toLowerCase(Locale.ROOT),
        seed,
        summary.totalRows(),
        summary.rowsPerTable().size(),
        summary.flaws().size(),
        TerminalText.escape(summary.folder().toAbsolutePath()));
  }
}
