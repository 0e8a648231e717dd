package jianfu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import jianfu.dashboards.publication.PublicFiles;
import jianfu.dashboards.serving.ServingDatabase;
import jianfu.schemas.Contract;
import jianfu.schemas.TerminalText;
import jianfu.schemas.settings.PublicationSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./jianfu publish}: the public files of a run (also written by run and demo). */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
      "Write the public figures of a run from its served public_statistics:",
      "<output>/public/statistics.csv, statistics.json and bulletin.html (中文/English)."
    })
final class PublishCommand implements Callable<Integer> {

  @Option(
      names = "--output",
      required = true,
      description = "The run's output folder (it holds serving/jianfu.duckdb).")
  Path output;

  @Option(names = "--conf", description = "Configuration file (default: conf/jianfu.yml).")
  Path configuration;

  @Override
  public Integer call() throws Exception {
    OutputFolder folder = OutputFolder.existing(output);
    Path conf = ProjectHome.configurationOr(configuration);
    try (OutputFolder.Lock lock = folder.lock()) {
      Generations.of(folder)
          .rewrite(
              PublicFiles.FOLDER,
              generation -> publish(generation, servedIn(generation, output), conf));
    }
    System.out.println(
        "wrote "
            + TerminalText.escape(folder.path().resolve(PublicFiles.FOLDER))
            + " (statistics.csv, statistics.json, bulletin.html)");
    return 0;
  }

  /** The served file of a generation, which the public files are written from. */
  private static Path servedIn(Path generation, Path output) {
    Path served = ServingDatabase.location(generation);
    if (!Files.isRegularFile(served)) {
      throw new StepFailedException(
          ServingDatabase.location(output)
              + " does not exist: run ./jianfu run (or demo) with --output "
              + output);
    }
    return served;
  }

  static Path publish(Path output, Path served, Path configuration) throws Exception {
    int threshold = PublicationSettings.read(configuration).suppressionThreshold();
    return new PublicFiles(Contract.load(), threshold).write(output, served);
  }
}
